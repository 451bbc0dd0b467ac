/**
 * Reference data: regions, provinces and communes, the versioned crafts nomenclature and the
 * national qualification vocabulary ({@link ma.hirfa.reference.TrainingLevel}). Its API is
 * {@link ma.hirfa.reference.ReferenceData} and the records it returns. Allowed dependencies: platform.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reference data", allowedDependencies = "platform")
package ma.hirfa.reference;
