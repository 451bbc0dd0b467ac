package ma.hirfa.registry.organisation;

/** Body of a workflow step; the reason is required for return, reject, suspend, strike-off, reinstate. */
record ReasonRequest(String reason) {}
