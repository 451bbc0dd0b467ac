-- The register's identity-index listener now runs inside the publishing transaction and stores no publication
-- (ADR 0061). Publications its former after-commit version left incomplete cannot be delivered any more: Spring
-- Modulith would log "listener not found" at every retry sweep. They are dropped; the files they left out of the
-- index are added by the start-up backfill (ArtisanIndexBackfill), which runs whenever the index holds fewer files
-- than the register.
delete from event_publication
where listener_id like 'ma.hirfa.registry.artisan.ArtisanIdentities.%'
  and completion_date is null;
