"""The validate engine: rule configuration from policies/rules.yaml, waivers, and the
pipeline that runs loading, schemas and rules and returns an Outcome."""
