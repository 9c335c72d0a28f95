"""Cost shares: the Coordinated Collections Committee's shared cost formula (seed 003).

model.py reads the cost files and the policy, formula.py computes one resource's shares for
a fiscal year (or gives the problems that stop it, problems.py: facts that the cost rules
NZ301-NZ305, NZ307 and NZ309 word), analysis.py does so once per Network for every
resource's years, rounding.py turns exact shares into cents that add up to the invoice, tables.py
shapes the results for output (CLI and rendered pages).
"""
