/**
 * Professional cards: issued on registration, renewed, replaced, suspended and revoked with the file; a PDF
 * at ID-1 size whose QR code carries an Ed25519-signed token that anyone can verify at {@code /verify}.
 */
package ma.hirfa.registry.card;
