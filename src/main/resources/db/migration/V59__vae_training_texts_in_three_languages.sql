-- VAE criteria in the three languages (issue 12, ADR 0038). The existing column `criteria` keeps the French
-- text it always held; Arabic and Tamazight may be missing for a competency an administrator added, and pages
-- then show another language with a visible marker. The generic competencies get their real translations.
alter table vae_competency add column criteria_ar varchar(2000);
alter table vae_competency add column criteria_zgh varchar(2000);

update vae_competency set criteria_ar = 'أدوات ملائمة ومصانة؛ مواد مختارة ومراقبة؛ مكان عمل مرتب وآمن.', criteria_zgh = 'ⵉⵎⴰⵙⵙⵏ ⵉⵍⵍⴰⵏ ⴷ ⵉⵜⵜⵓⵃⴹⴰⵏ; ⵜⵉⵖⴰⵡⵙⵉⵡⵉⵏ ⵉⵜⵜⵓⴼⵔⴰⵏ; ⴰⴷⵖⴰⵔ ⵉⵜⵜⵓⵙⵏⵎⴰⵍ.'
    where criteria = 'Outils adaptés et entretenus ; matières choisies et contrôlées ; poste rangé et sûr.';
update vae_competency set criteria_ar = 'حركات دقيقة وآمنة؛ احترام التقنيات التقليدية؛ وقت معقول.', criteria_zgh = 'ⵜⵉⵎⵙⵙⵓⵜⵉⵏ ⵉⵚⵃⴰⵏ; ⵜⵉⵙⵏⴰⵍⵉⵏ ⵜⵉⵇⴱⵓⵔⵉⵏ ⵜⵜⵓⵇⴰⴷⴰⵔⵏⵜ; ⴰⴽⵓⴷ ⵉⵍⴰⵇⵏ.'
    where criteria = 'Gestes sûrs et précis ; techniques traditionnelles respectées ; temps raisonnable.';
update vae_competency set criteria_ar = 'عمل مطابق للطلب (المقاسات والزخارف والتشطيب)؛ تسلسل جيد للمراحل.', criteria_zgh = 'ⵜⴰⵡⵓⵔⵉ ⵉⵎⵙⴰⵙⴰⵏ ⴷ ⵓⵙⵓⵜⵔ (ⵜⵉⵙⵎⴽⵜⴰⵍ, ⵉⵣⵓⵡⵡⵓⵇⵏ); ⵜⵉⴼⴼⵉⵔⵉⵏ ⵉⵍⴰⵇⵏ.'
    where criteria = 'Ouvrage conforme à la demande (dimensions, motifs, finitions) ; étapes bien enchaînées.';
update vae_competency set criteria_ar = 'عيوب مكتشفة ومصححة؛ جودة ثابتة؛ احترام معايير الحرفة.', criteria_zgh = 'ⵉⵣⴳⴰⵍⵏ ⵉⵜⵜⵓⴼⴰⵏ ⴷ ⵉⵜⵜⵓⵙⵖⵓⴷⴰⵏ; ⵜⵖⴰⵔⴰ ⵉⵙⵏⵏⴰⵏ; ⵉⵏⴰⴳⵏ ⵏ ⵜⵣⵓⵟⵟⴰ.'
    where criteria = 'Défauts repérés et corrigés ; qualité constante ; respect des normes du métier.';
update vae_competency set criteria_ar = 'تطبيق قواعد النظافة والسلامة؛ شرح الثمن والآجال للزبون.', criteria_zgh = 'ⵉⵍⴳⴰⵎⵏ ⵏ ⵜⵣⴷⴷⵉⴳⵜ ⴷ ⵓⵙⵏⵜⵍ; ⴰⵜⵉⴳ ⴷ ⵉⵣⵎⵣ ⵉⵜⵜⵓⵙⴼⵙⵔⵏ ⵉ ⵓⵎⵙⵖⴰ.'
    where criteria = 'Règles d’hygiène et de sécurité appliquées ; prix et délais expliqués au client.';

-- Training competencies in the three languages (issue 12, ADR 0038): one competency a line, the n-th line of
-- each language being the same competency. The existing column `competencies` keeps the French it always held.
-- Certificates keep the three languages they were issued with, for the printed certificate.
alter table trn_programme add column competencies_ar varchar(4000);
alter table trn_programme add column competencies_zgh varchar(4000);
alter table trn_certificate add column competencies_ar varchar(4000);
alter table trn_certificate add column competencies_zgh varchar(4000);

-- The demo catalogue's two programmes, translated.
update trn_programme
    set competencies_ar = 'تحضير أحواض الصباغة النباتية' || chr(10) || 'تثبيت الألوان ومراقبتها' || chr(10)
            || 'تشطيب المنتوج وعرضه',
        competencies_zgh = 'ⴰⵙⵡⵊⴷ ⵏ ⵉⵎⴰⵏ ⵏ ⵓⵙⵙⵉⵖ ⵙ ⵉⵎⵖⴰⵢⵏ' || chr(10) || 'ⴰⵙⵖⵏⵓ ⴷ ⵓⵙⵎⵣⵣⵓ ⵏ ⵉⴽⵡⵍⴰⵏ' || chr(10)
            || 'ⴰⵙⵎⴷ ⴷ ⵓⵙⴽⴰⵏ ⵏ ⵓⴼⴰⵔⵙ'
    where competencies like 'Préparer des bains de teinture végétale%' and competencies_ar is null;
update trn_programme
    set competencies_ar = 'مسك دفتر المداخيل والمصاريف' || chr(10) || 'تحديد الثمن' || chr(10)
            || 'تصوير المنتوجات ونشرها',
        competencies_zgh = 'ⴰⵟⵟⴰⴼ ⵏ ⵓⵎⵙⵙⴰⵖ ⵏ ⵉⴽⵛⵛⵓⵎⵏ ⴷ ⵉⵙⵙⵓⴼⵖⵏ' || chr(10) || 'ⴰⵙⵡⵓⵜⵜⵓ ⵏ ⵡⴰⵜⵉⴳ' || chr(10)
            || 'ⴰⵙⵡⵍⴼ ⴷ ⵓⵙⵙⵓⴼⵖ ⵏ ⵉⴼⴰⵔⵙⵏ'
    where competencies like 'Tenir un carnet de recettes et dépenses%' and competencies_ar is null;
