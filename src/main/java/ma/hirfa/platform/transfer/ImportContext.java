package ma.hirfa.platform.transfer;

import ma.hirfa.platform.RegionScope;

/** What a session knows of its job: who imports, within which region, from which source. */
public record ImportContext(long jobId, String source, String username, RegionScope scope, boolean commit) {}
