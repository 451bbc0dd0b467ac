/**
 * VAE juries: members and their declarations of no conflict of interest, the candidates they assess, evaluation
 * grids, decisions, minutes and the certificates a full validation issues.
 */
package ma.hirfa.vae.jury;
