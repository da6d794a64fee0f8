"""The review web app: QA reviewers check and correct the fields of records beside the scan.

``docparse review OUT_DIR`` serves it (``cli``); ``create_app`` builds it (``app``).
Decisions are kept in ``OUT_DIR/review.sqlite`` (``store``) and each document's reviewed
form is written beside its machine record as ``<stem>.reviewed.json`` (``state``).
The package imports nothing itself, so that the other commands do not load the web stack.
"""
