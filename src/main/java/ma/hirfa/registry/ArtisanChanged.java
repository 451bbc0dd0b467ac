package ma.hirfa.registry;

/**
 * A file of the register was opened or changed: its details were edited or corrected, it moved through the
 * workflow (submitted, returned, rejected, reinstated) or a merge into another file was undone. Listeners read
 * the file's current state; the event only says which file to look at.
 */
public record ArtisanChanged(long artisanId, String regionCode) {}
