"""Training the attack argument-role model (``sitrep.events.role_model``) on MUC-4 GTT train.

Run ``python -m sitrep.training.argument_roles.train``; nothing runs at import time.
"""
