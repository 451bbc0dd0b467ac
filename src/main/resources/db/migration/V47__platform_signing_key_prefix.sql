-- The signing keys belong to the platform (SignedTokens, SigningKeyStore; ADR 0017), so the table takes the
-- platform's prefix (ADR 0029). reg_card's foreign key follows the renamed table on both PostgreSQL and H2;
-- the rows, their kids and the tokens already issued (cards, certificates) are unchanged.
alter table reg_signing_key rename to plat_signing_key;
