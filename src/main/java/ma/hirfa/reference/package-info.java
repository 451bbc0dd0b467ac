/**
 * Reference data: regions, provinces and communes, and the versioned crafts nomenclature. Its API is
 * {@link ma.hirfa.reference.ReferenceData} and the records it returns. Allowed dependencies: platform.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reference data", allowedDependencies = "platform")
package ma.hirfa.reference;
