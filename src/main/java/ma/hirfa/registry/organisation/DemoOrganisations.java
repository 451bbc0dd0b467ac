package ma.hirfa.registry.organisation;

import java.util.List;

/** Names and addresses of the demo organisations: ten cooperatives, then five enterprises (ar, fr, address). */
final class DemoOrganisations {

    static final List<String[]> NAMES = List.of(
            new String[] {"تعاونية الزربية الأمازيغية", "Coopérative Tapis Amazigh", "Douar Aït Ben Ali, Errachidia"},
            new String[] {
                "تعاونية نساء ميدلت للنسيج", "Coopérative des femmes de Midelt pour le tissage", "Hay Nahda, Midelt"
            },
            new String[] {"تعاونية فخار ورزازات", "Coopérative Poterie de Ouarzazate", "Tarmigte, Ouarzazate"},
            new String[] {
                "تعاونية الحلي الفضية تنغير", "Coopérative Bijoux d’argent de Tinghir", "Avenue Mohammed V, Tinghir"
            },
            new String[] {"تعاونية الخوص درعة", "Coopérative Vannerie du Drâa", "Ksar Tinzouline, Zagora"},
            new String[] {"تعاونية الجلد تافيلالت", "Coopérative Cuir du Tafilalet", "Rissani, Errachidia"},
            new String[] {"تعاونية الأرز للخشب", "Coopérative Bois du Cèdre", "Zaida, Midelt"},
            new String[] {"تعاونية النحاس ورزازات", "Coopérative Cuivre de Ouarzazate", "Tabounte, Ouarzazate"},
            new String[] {
                "تعاونية الورود قلعة مكونة", "Coopérative Les Roses de Kalaat M’Gouna", "Kalaat M’Gouna, Tinghir"
            },
            new String[] {"تعاونية الطين أكدز", "Coopérative Terre d’Agdz", "Agdz, Zagora"},
            new String[] {"مقاولة الصحراء للزرابي", "Entreprise Sahara Tapis", "Zone artisanale, Errachidia"},
            new String[] {"مقاولة الأطلس للحدادة", "Entreprise Atlas Ferronnerie", "Quartier industriel, Midelt"},
            new String[] {"مقاولة درعة للخزف", "Entreprise Drâa Céramique", "Route de Zagora, Ouarzazate"},
            new String[] {"مقاولة تودغى للحلي", "Entreprise Todgha Bijoux", "Centre, Tinghir"},
            new String[] {"مقاولة الواحة للخوص", "Entreprise Oasis Vannerie", "Tamegroute, Zagora"});

    private DemoOrganisations() {}
}
