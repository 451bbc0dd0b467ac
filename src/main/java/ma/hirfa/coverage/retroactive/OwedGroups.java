package ma.hirfa.coverage.retroactive;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import ma.hirfa.platform.Language;
import ma.hirfa.reference.ReferenceData;

/** Owed claims grouped by province, then craft, then artisan, each group with its count and total in MAD. */
record OwedGroups(List<Province> provinces, int count, BigDecimal total) {

    record Province(String name, List<Craft> crafts, int count, BigDecimal total) {}

    record Craft(String name, List<Artisan> artisans, int count, BigDecimal total) {}

    record Artisan(long artisanId, String name, List<OwedClaim> claims, BigDecimal total) {}

    static OwedGroups of(List<OwedClaim> owed, ReferenceData reference, Language language) {
        List<Province> provinces = new ArrayList<>();
        group(owed, o -> o.claim().provinceCode()).forEach((province, inProvince) -> {
            List<Craft> crafts = new ArrayList<>();
            group(inProvince, o -> String.valueOf(o.claim().craftCode())).forEach((craft, inCraft) -> {
                List<Artisan> artisans = new ArrayList<>();
                group(inCraft, o -> String.valueOf(o.claim().artisanId()))
                        .forEach((id, claims) -> artisans.add(new Artisan(
                                Long.parseLong(id), claims.get(0).artisanName(), claims, OwedClaims.total(claims))));
                crafts.add(new Craft(
                        "null".equals(craft) ? "—" : reference.craftName(craft, language),
                        artisans,
                        inCraft.size(),
                        OwedClaims.total(inCraft)));
            });
            provinces.add(new Province(
                    reference.provinceName(province, language),
                    crafts,
                    inProvince.size(),
                    OwedClaims.total(inProvince)));
        });
        return new OwedGroups(provinces, owed.size(), OwedClaims.total(owed));
    }

    private static Map<String, List<OwedClaim>> group(List<OwedClaim> claims, Function<OwedClaim, String> key) {
        Map<String, List<OwedClaim>> groups = new LinkedHashMap<>();
        claims.forEach(c ->
                groups.computeIfAbsent(key.apply(c), k -> new ArrayList<>()).add(c));
        return groups;
    }
}
