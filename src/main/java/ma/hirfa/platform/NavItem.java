package ma.hirfa.platform;

/** A link of the main navigation: where it goes and the message key of its label. */
public record NavItem(int order, String href, String labelKey) {}
