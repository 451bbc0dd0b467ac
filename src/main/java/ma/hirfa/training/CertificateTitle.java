package ma.hirfa.training;

/**
 * The title a certificate prints, per language: Arabic and French are required, Tamazight is printed as a
 * title line when given, English is used for the English page of a certificate (French when absent).
 */
public record CertificateTitle(String ar, String fr, String zgh, String en) {}
