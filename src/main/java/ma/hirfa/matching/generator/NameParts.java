package ma.hirfa.matching.generator;

/**
 * Name parts of the synthetic artisans, copied from {@code shared/datasets/gen_artisans.py} (the project must
 * not read that folder): each Arabic form with the Latin spellings clerks use for it, weighted like real name
 * frequencies.
 */
final class NameParts {

    /** Arabic first name, then its Latin spellings. */
    static final String[][] FIRST = {
        {"محمد", "Mohamed", "Mohammed", "Mohammad", "Mhamed", "Muhammad"},
        {"أحمد", "Ahmed", "Ahmad", "Hmad"},
        {"عبد الله", "Abdellah", "Abdallah", "Abdullah", "Abdelah"},
        {"عبد الرحيم", "Abderrahim", "Abderahim", "Abdurrahim"},
        {"يوسف", "Youssef", "Youssouf", "Yousef", "Yusuf"},
        {"حسن", "Hassan", "Hasan"},
        {"حسين", "Houssine", "Hussein", "Hocine"},
        {"إبراهيم", "Brahim", "Ibrahim", "Ebrahim"},
        {"عمر", "Omar", "Omer"},
        {"مصطفى", "Mustapha", "Mustafa", "Moustapha"},
        {"سعيد", "Said", "Saaid"},
        {"رشيد", "Rachid", "Rashid"},
        {"خالد", "Khalid", "Khaled"},
        {"الحسن", "Lahcen", "Lhassan", "El Hassan"},
        {"إدريس", "Driss", "Idriss", "Idris"},
        {"عبد العزيز", "Abdelaziz", "Abdulaziz"},
        {"جمال", "Jamal", "Djamal"},
        {"فاطمة", "Fatima", "Fatema", "Fatna", "Fatimah"},
        {"خديجة", "Khadija", "Khadidja", "Khadyja"},
        {"عائشة", "Aicha", "Aisha", "Aycha"},
        {"مليكة", "Malika", "Maleka"},
        {"زينب", "Zineb", "Zainab", "Zaynab"},
        {"نعيمة", "Naima", "Naeema"},
        {"حليمة", "Halima", "Halema"},
        {"سعاد", "Souad", "Suad"},
        {"لطيفة", "Latifa", "Latefa"},
        {"رقية", "Rkia", "Rokaya", "Ruqaya"},
        {"يامنة", "Yamna", "Yamina"},
        {"إيطو", "Itto", "Ito"},
        {"تودة", "Touda", "Tuda"},
        {"مبارك", "Mbarek", "Moubarak", "Mobarak"},
        {"الطاهر", "Tahar", "Taher", "Ettaher"},
        {"العربي", "Larbi", "El Arbi"},
        {"الحسين", "Lhoussaine", "El Houssine", "Lhoucine"},
        {"عزيز", "Aziz"},
        {"نادية", "Nadia", "Nadiya"},
        {"سميرة", "Samira", "Samera"},
        {"كريمة", "Karima", "Karema"},
    };

    static final int[] FIRST_WEIGHT = {
        30, 10, 6, 3, 5, 4, 3, 5, 4, 4, 4, 4, 3, 4, 3, 2, 2, 12, 8, 6, 4, 4, 3, 3, 2, 2, 2, 2, 1, 1, 2, 1, 2, 2, 1, 2,
        2, 2
    };

    /** Family-name prefix: Arabic, then its Latin renderings (with their trailing space or hyphen). */
    static final String[][] PREFIX = {
        {"", ""},
        {"ال", "El ", "Al ", "", "L"},
        {"بن ", "Ben ", "Ben", "Bin "},
        {"أيت ", "Ait ", "Aït ", "Ait-"},
        {"أو", "Ou", "Ouh", "Ow"},
        {"بو", "Bou", "Bu"},
    };

    static final int[] PREFIX_WEIGHT = {40, 20, 12, 10, 10, 8};

    /** Family-name root: Arabic, then its Latin spellings. */
    static final String[][] ROOT = {
        {"حدو", "haddou", "hadou", "hado"},
        {"علي", "ali", "aly"},
        {"إدريسي", "idrissi", "drissi", "edrissi"},
        {"فاسي", "fassi", "fasi"},
        {"علوي", "alaoui", "alaui", "alawi"},
        {"تازي", "tazi", "tazy"},
        {"بناني", "bennani", "benani"},
        {"عمراني", "amrani", "omrani"},
        {"شرقاوي", "cherkaoui", "charkaoui", "sharqawi"},
        {"ناصري", "naciri", "nasiri", "nassiri"},
        {"وزاني", "ouazzani", "wazzani", "ouazani"},
        {"حمو", "hammou", "hamou", "hemmou"},
        {"موسى", "moussa", "mousa", "musa"},
        {"عيسى", "aissa", "issa"},
        {"سوسي", "soussi", "sousi"},
        {"مراكشي", "marrakchi", "marakchi"},
        {"زروالي", "zerouali", "zeroual"},
        {"كتاني", "kettani", "kittani", "ketani"},
        {"برادة", "berrada", "berada"},
        {"صقلي", "sqalli", "skalli", "seqqali"},
        {"يوسفي", "youssfi", "yousfi", "youssefi"},
        {"حسني", "hassani", "hasani", "hosni"},
        {"رحموني", "rahmouni", "rhmouni"},
        {"طاهري", "tahiri", "tahri", "taheri"},
        {"عبدي", "abdi", "abdy"},
        {"قاسمي", "kasmi", "qasimi", "gasmi"},
        {"منصوري", "mansouri", "mansuri"},
        {"بوزيدي", "bouzidi", "buzidi"},
        {"غزالي", "ghazali", "rhazali", "gazali"},
        {"زياني", "ziani", "zyani"},
        {"شفيق", "chafik", "shafiq", "chafiq"},
        {"عطار", "attar", "lattar", "aattar"},
        {"خياط", "khayat", "khiat", "kayat"},
        {"نجار", "najjar", "nejjar", "najar"},
        {"حداد", "haddad", "hadad"},
        {"دباغ", "debbagh", "dabbagh", "dbagh"},
        {"صباغ", "sebbagh", "sabbagh"},
        {"فخار", "fekhar", "fakhar"},
        {"حرار", "harrar", "herrar"},
        {"زرهوني", "zerhouni", "zarhouni"},
        {"أمزيان", "amzian", "amziane"},
        {"أوحدو", "ouahdou", "ouhaddou", "ouhadou"},
        {"أخياط", "akhiyat", "akhyat"},
        {"إزم", "izem", "izm"},
        {"أسكور", "askour", "asskour"},
        {"أمغار", "amghar", "amrhar"},
        {"بوشعيب", "bouchaib", "bouchaïb"},
        {"لحلو", "lahlou", "lehlou"},
        {"كنوني", "kenouni", "guennouni", "gannouni"},
        {"صديقي", "seddiki", "saddiki", "siddiqi"},
    };

    /** Syllables of synthetic family names (Arabic, Latin), for diversity beyond the roots. */
    static final String[][] SYLLABLE = {
        {"بر", "bar"},
        {"كا", "ka"},
        {"مو", "mou"},
        {"زي", "zi"},
        {"تا", "ta"},
        {"لا", "la"},
        {"نو", "nou"},
        {"سا", "sa"},
        {"دي", "di"},
        {"غو", "ghou"},
        {"را", "ra"},
        {"فو", "fou"},
        {"شي", "chi"},
        {"جا", "ja"},
        {"قو", "kou"},
        {"طا", "ta"},
        {"خي", "khi"},
        {"وا", "oua"},
        {"ها", "ha"},
        {"مي", "mi"},
    };

    static final String[][] SUFFIX = {
        {"", ""},
        {"ي", "i"},
        {"اوي", "aoui"},
        {"ني", "ni"},
        {"ون", "oun"},
    };

    /** Letters that start a Moroccan national identity card number. */
    static final String[] ID_LETTERS = {
        "A", "AB", "B", "BE", "BH", "BK", "C", "CB", "CD", "D", "DA", "E", "EE", "F", "G", "H", "HH", "I", "IA", "IB",
        "J", "JA", "JB", "JC", "JE", "JH", "K", "L", "LA", "LB", "LC", "M", "N", "P", "Q", "R", "S", "SH", "T", "U",
        "UA", "V", "W", "WA", "X", "Y", "Z", "ZT"
    };

    /** The 75 province codes of {@code shared/domain/regions_provinces.csv}. */
    static final String[] PROVINCES = {
        "051", "151", "227", "331", "405", "511", "571", "573", "113", "167", "251", "265", "275", "381", "411",
        "533", "061", "131", "171", "231", "271", "451", "531", "561", "591", "281", "291", "421", "441", "481",
        "491", "501", "081", "091", "255", "301", "311", "111", "117", "141", "181", "355", "371", "385", "461",
        "467", "041", "161", "191", "211", "351", "427", "431", "585", "201", "363", "401", "577", "587", "001",
        "163", "273", "541", "551", "581", "071", "261", "473", "521", "121", "221", "321", "537", "066", "391",
    };

    private NameParts() {}
}
