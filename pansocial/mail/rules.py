"""Who may release outbox drafts."""

import rules

from pansocial.common.rules import is_administrator

rules.add_perm("mail.approve_draft", is_administrator)
