"""The consortium's domain knowledge: the CDI matrix, open-access approvals and activations,
licence terms, file naming and shared costs. Rules build on it; it knows nothing of rules."""
