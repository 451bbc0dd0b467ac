package ma.hirfa.vae.jury;

/** Juries gather professionals of the craft and experienced trainers (FACTS §6.2). */
public enum MemberKind {
    PROFESSIONAL,
    TRAINER
}
