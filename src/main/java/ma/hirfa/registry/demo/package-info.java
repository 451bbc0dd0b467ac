/**
 * Demo artisans, loaded through the register's services on an empty database when demo data is on.
 */
package ma.hirfa.registry.demo;
