"""Who may release outbox drafts. (Mail sits below account, so it names the administrator
with ``rules``' own predicates rather than importing ``account.rules``.)"""

import rules

is_administrator = rules.is_active & rules.is_superuser

rules.add_perm("mail.approve_draft", is_administrator)
