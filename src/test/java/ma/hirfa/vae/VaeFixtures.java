package ma.hirfa.vae;

import java.time.LocalDate;
import java.util.Base64;

/** Requests of the VAE API and a small piece of evidence. */
final class VaeFixtures {

    /** A 1×1 PNG: evidence accepted by its first bytes. */
    static final byte[] PHOTO = Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    private VaeFixtures() {}

    static String application(long artisanId, String craft, int years) {
        return """
                {"artisanId":%d,"craftCode":"%s","trainingLevel":"SPECIALISATION","yearsOfPractice":%d,
                 "statement":"Tisserande depuis l’enfance"}""".formatted(artisanId, craft, years);
    }

    static String jury(String craft) {
        return """
                {"craftCode":"%s","sitsOn":"%s","place":"Chambre d’artisanat, Ouarzazate"}""".formatted(craft, LocalDate.now());
    }

    /** A programme of the training catalogue, for every craft: what a jury prescribes after a partial validation. */
    static String programme() {
        return """
                {"titleAr":"تقنيات النسيج","titleFr":"Techniques de tissage","titleZgh":"ⵜⵉⵙⵏⴰⵍⵉⵏ ⵏ ⵓⵥⵟⵟⴰ","titleEn":"Weaving techniques",
                 "type":"CENTRE","crafts":[],"hours":40,"competencies":"Contrôler la qualité",
                 "minAttendancePercent":80,"assessmentRequired":false}""";
    }

    static String trainer(String name) {
        return """
                {"memberKind":"TRAINER","fullName":"%s","noConflictDeclared":true}""".formatted(name);
    }

    static String professional(String name, long artisanId, String relatives) {
        return """
                {"memberKind":"PROFESSIONAL","fullName":"%s","artisanId":%d,"relativeIds":[%s],"noConflictDeclared":true}""".formatted(name, artisanId, relatives);
    }
}
