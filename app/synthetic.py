"""Deterministic synthetic dossiers and companies in the interchange format (version 1).

Used by the benchmarks (10,000 and 100,000 dossiers), by tests and by the demo vault. Everything
here is invented: names are assembled from small per-country tables, contact details use
``.example`` domains and made-up numbers, and stories are generic templates.

Public API::

    generate_document(count, seed=0, *, companies=12, documents=False, marker=None) -> dict
    iter_dossiers(count, seed=0, *, documents=False, marker=None, start=0, company_names=None)
    generate_companies(count, seed=0) -> list[dict]
    marker_token(marker, index) -> str

Properties callers can rely on:

* Deterministic: the same arguments give identical output (no global random state, no hashing
  that depends on ``PYTHONHASHSEED``, no clock).
* Dossier number ``i`` (0-based) has ref ``SYN-{i+1:06d}`` and depends only on ``seed`` and ``i``,
  so ``iter_dossiers(n, s, start=k)`` yields exactly dossiers ``k .. k+n-1`` of a larger batch,
  and batches with disjoint ranges have disjoint refs.
* ``documents`` and ``marker`` never change the random choices: the same dossier comes out with
  or without attachments and canaries, only the canary strings and the ``documents`` key differ.
* With ``marker`` given, every string the format classes as identifying or restricted (all name
  parts and scripts, aliases, hometown, contact details, residence card number and notes, story,
  family names, locations and notes, health, notes, interview notes, document numbers and file
  names), and also summary and aspirations, contains ``marker_token(marker, i)``, i.e.
  ``f"{marker}-{i+1:06d}"`` (the same digits as the ref). Document contents carry it too (a PNG
  ``iTXt`` chunk, or the text of a CV or letter). Enums, dates and country codes cannot carry it.
* About one summary in five mentions the person's given name, as caseworkers do (realistic
  material for the free-text scanner); about 30% of free texts are in Japanese.

Pure standard library. About 0.25 ms of CPU per dossier: 10,000 in about 3 s, 100,000 in about
25 s (``iter_dossiers`` keeps memory flat; ``documents=True`` adds about 0.2 ms each).
"""

from __future__ import annotations

import base64
import gc
import random
import struct
import unicodedata
import zlib
from collections.abc import Iterator, Sequence
from datetime import date
from typing import NamedTuple

__all__ = [
    "FORMAT",
    "VERSION",
    "REF_PREFIX",
    "generate_document",
    "iter_dossiers",
    "generate_companies",
    "marker_token",
]

FORMAT = "kakehashi-dossiers"
VERSION = 1
REF_PREFIX = "SYN-"
_DEFAULT_COMPANIES = 12
_MAX_MARKER = 200  # keeps every marked short string far below the schema's 500 characters

# --------------------------------------------------------------------------------------------
# Data tables
# --------------------------------------------------------------------------------------------

Name = tuple[str, str, str]  # (Latin, katakana, native script or "")


class _Country(NamedTuple):
    nationality: str                  # ISO code for `nationalities` (XX stateless)
    origins: tuple[str, ...]          # candidates for `country_of_origin`
    weight: int
    style: str                        # "fam", "mono" (full name only), "patr" (father's name), "slav"
    male: tuple[Name, ...]
    female: tuple[Name, ...]
    family: tuple[Name, ...]          # empty for "mono" and "patr"
    family_f: tuple[Name, ...]        # feminine forms, same order, when they differ
    towns: tuple[str, ...]
    languages: tuple[tuple[str, tuple[str, ...], float], ...]  # (tag, levels, probability)
    universities: tuple[str, ...]
    statuses: tuple[tuple[str, int], ...]
    flight: tuple[int, int]           # range of the year of flight
    transit: tuple[str, ...]          # third countries / cities people pass through
    calling: str                      # international calling code, "" if none
    reasons: tuple[tuple[str, str], ...]  # (English, Japanese) reasons for flight


_COUNTRIES: tuple[_Country, ...] = (
    _Country(
        "AF", ("AF",), 9, "fam",
        (("Farid", "ファリド", "فرید"), ("Ahmad", "アフマド", "احمد"), ("Hamid", "ハミド", "حمید"),
         ("Jawad", "ジャワド", "جواد"), ("Naveed", "ナビード", "نوید"), ("Sohrab", "ソフラブ", "سهراب"),
         ("Mustafa", "ムスタファ", "مصطفی")),
        (("Zahra", "ザフラ", "زهرا"), ("Mariam", "マリアム", "مریم"), ("Fatima", "ファティマ", "فاطمه"),
         ("Nilofar", "ニロファル", "نیلوفر"), ("Shabana", "シャバナ", "شبانه")),
        (("Rahimi", "ラヒミ", "رحیمی"), ("Ahmadzai", "アフマドザイ", "احمدزی"),
         ("Hashimi", "ハシミ", "هاشمی"), ("Karimi", "カリミ", "کریمی"), ("Noori", "ヌーリ", "نوری"),
         ("Sultani", "スルタニ", "سلطانی"), ("Wardak", "ワルダク", "وردک"),
         ("Haidari", "ハイダリ", "حیدری")),
        (),
        ("Kabul", "Mazar-i-Sharif", "Herat", "Kandahar", "Jalalabad", "Bamyan", "Kunduz"),
        (("prs", ("native",), 1.0), ("ps", ("native", "fluent", "B2"), 0.6), ("ur", ("basic", "B1"), 0.15)),
        ("Kabul University", "Herat University", "Balkh University", "Kabul Polytechnic University",
         "American University of Afghanistan"),
        (("refugee", 4), ("designated_activities", 4), ("asylum_applicant", 2), ("complementary_protection", 1)),
        (2021, 2022), ("Islamabad", "Tehran", "Istanbul", "Doha"), "93",
        (("after the Taliban takeover, because of his or her work with a foreign-funded programme",
          "タリバン政権掌握後、外国支援事業で働いていたことを理由に危険が迫った"),
         ("after relatives received threats for their work with the former government",
          "旧政府で働いていた親族が脅迫を受けた")),
    ),
    _Country(
        "MM", ("MM",), 10, "mono",
        (("Aung Ko Ko", "アウン・コ・コ", "အောင်ကိုကို"), ("Kyaw Zin Htet", "チョー・ジン・テッ", "ကျော်ဇင်ထက်"),
         ("Min Thant", "ミン・タン", "မင်းသန့်"), ("Zaw Myo Oo", "ゾー・ミョー・ウー", "ဇော်မျိုးဦး"),
         ("Htet Aung", "テッ・アウン", "ထက်အောင်"), ("Ye Lin Tun", "イェ・リン・トゥン", "ရဲလင်းထွန်း")),
        (("Thandar Win", "タンダー・ウィン", "သန္တာဝင်း"), ("Su Myat Noe", "スー・ミャッ・ノー", "စုမြတ်နိုး"),
         ("Hnin Ei Phyu", "ニン・エイ・ピュー", "နှင်းအိဖြူ"), ("May Thu Zar", "メー・トゥ・ザー", "မေသူဇာ"),
         ("Khin Myo Aye", "キン・ミョー・エー", "ခင်မျိုးအေး")),
        (), (),
        ("Yangon", "Mandalay", "Sagaing", "Hakha", "Myitkyina", "Mawlamyine", "Bago"),
        (("my", ("native",), 1.0),),
        ("University of Yangon", "Mandalay University", "Yangon Technological University",
         "University of Medicine 1, Yangon", "Yangon University of Economics"),
        (("designated_activities", 6), ("asylum_applicant", 3), ("refugee", 1), ("humanitarian_stay", 1)),
        (2021, 2023), ("Bangkok", "Mae Sot", "Kuala Lumpur"), "95",
        (("after the 2021 coup, having joined the civil disobedience movement",
          "2021年のクーデター後、市民不服従運動に参加した"),
         ("after soldiers searched the family home for a relative",
          "軍が親族を探して実家を捜索した")),
    ),
    _Country(
        "CD", ("CD",), 6, "fam",
        (("Jean-Baptiste", "ジャン＝バティスト", ""), ("Patrick", "パトリック", ""),
         ("Christian", "クリスチャン", ""), ("Glody", "グロディ", ""), ("Héritier", "エリティエ", ""),
         ("Emmanuel", "エマニュエル", "")),
        (("Grâce", "グラース", ""), ("Esther", "エステル", ""), ("Nadège", "ナデージュ", ""),
         ("Merveille", "メルヴェイユ", ""), ("Chantal", "シャンタル", "")),
        (("Kalala", "カララ", ""), ("Mukendi", "ムケンディ", ""), ("Tshibangu", "チバング", ""),
         ("Mbuyi", "ムブイ", ""), ("Ilunga", "イルンガ", ""), ("Lukusa", "ルクサ", ""),
         ("Kasongo", "カソンゴ", ""), ("Mulumba", "ムルンバ", "")),
        (),
        ("Kinshasa", "Kananga", "Lubumbashi", "Goma", "Bukavu", "Mbuji-Mayi", "Kisangani"),
        (("fr", ("native", "C2", "C1"), 1.0), ("ln", ("native",), 0.7), ("sw", ("native", "fluent"), 0.35),
         ("lua", ("native",), 0.25)),
        ("Université de Kinshasa", "Université de Lubumbashi", "Université Pédagogique Nationale",
         "Institut Supérieur de Commerce de Kinshasa"),
        (("asylum_applicant", 5), ("refugee", 1), ("humanitarian_stay", 2), ("no_status", 1),
         ("designated_activities", 2)),
        (2015, 2023), ("Kampala", "Nairobi", "Addis Ababa"), "243",
        (("after threats linked to a brother's political activity", "兄弟の政治活動を理由に脅迫を受けた"),
         ("after armed groups attacked the town", "武装勢力が町を襲撃した")),
    ),
    _Country(
        "UA", ("UA",), 9, "slav",
        (("Oleksandr", "オレクサンドル", "Олександр"), ("Andrii", "アンドリー", "Андрій"),
         ("Dmytro", "ドミトロ", "Дмитро"), ("Serhii", "セルヒー", "Сергій"), ("Taras", "タラス", "Тарас"),
         ("Bohdan", "ボフダン", "Богдан")),
        (("Olena", "オレナ", "Олена"), ("Iryna", "イリーナ", "Ірина"), ("Kateryna", "カテリーナ", "Катерина"),
         ("Yuliia", "ユリア", "Юлія"), ("Anastasiia", "アナスタシア", "Анастасія")),
        (("Hrytsenko", "フリツェンコ", "Гриценко"), ("Shevchuk", "シェフチュク", "Шевчук"),
         ("Kovalenko", "コヴァレンコ", "Коваленко"), ("Bondarenko", "ボンダレンコ", "Бондаренко"),
         ("Melnyk", "メルニク", "Мельник"), ("Tkachenko", "トカチェンコ", "Ткаченко"),
         ("Kravchuk", "クラフチュク", "Кравчук"), ("Lysenko", "リセンコ", "Лисенко")),
        (),
        ("Kharkiv", "Kyiv", "Mariupol", "Odesa", "Zaporizhzhia", "Dnipro", "Kherson", "Mykolaiv"),
        (("uk", ("native",), 1.0), ("ru", ("native", "fluent", "C1"), 0.8), ("pl", ("A2", "B1"), 0.1),
         ("de", ("A2", "B1", "B2"), 0.1)),
        ("Taras Shevchenko National University of Kyiv", "V. N. Karazin Kharkiv National University",
         "Kharkiv Polytechnic Institute", "Odesa National Medical University", "Kyiv Polytechnic Institute"),
        (("designated_activities", 8), ("complementary_protection", 3)),
        (2022, 2023), ("Warsaw", "Chisinau", "Berlin"), "380",
        (("after the full-scale invasion, when the neighbourhood was shelled",
          "全面侵攻後、住んでいた地区が砲撃された"),
         ("after the family home was destroyed", "自宅が破壊された")),
    ),
    _Country(
        "SY", ("SY",), 5, "fam",
        (("Omar", "オマル", "عمر"), ("Khaled", "ハーリド", "خالد"), ("Mahmoud", "マフムード", "محمود"),
         ("Yousef", "ユーセフ", "يوسف"), ("Rami", "ラミ", "رامي"), ("Bassel", "バセル", "باسل")),
        (("Rania", "ラニア", "رانيا"), ("Lina", "リナ", "لينا"), ("Hiba", "ヒバ", "هبة"), ("Nour", "ヌール", "نور"),
         ("Dima", "ディマ", "ديما")),
        (("Al-Hassan", "アル＝ハサン", "الحسن"), ("Haddad", "ハッダード", "حداد"), ("Khatib", "ハティーブ", "الخطيب"),
         ("Darwish", "ダルウィーシュ", "درويش"), ("Shami", "シャーミー", "الشامي"), ("Najjar", "ナッジャール", "النجار"),
         ("Halabi", "ハラビ", "الحلبي"), ("Masri", "マスリ", "المصري")),
        (),
        ("Aleppo", "Homs", "Damascus", "Idlib", "Deir ez-Zor", "Hama", "Raqqa"),
        (("ar", ("native",), 1.0), ("tr", ("A2", "B1", "conversational"), 0.25), ("ku", ("native", "fluent"), 0.1)),
        ("University of Damascus", "University of Aleppo", "Al-Baath University", "Tishreen University"),
        (("refugee", 3), ("humanitarian_stay", 3), ("asylum_applicant", 2), ("complementary_protection", 2)),
        (2012, 2018), ("Istanbul", "Beirut", "Amman", "Gaziantep"), "963",
        (("to avoid forced conscription during the civil war", "内戦中の強制徴兵を逃れる"),
         ("after the neighbourhood was bombed", "住んでいた地区が爆撃された")),
    ),
    _Country(
        "TR", ("TR",), 10, "fam",
        (("Baran", "バラン", ""), ("Mehmet", "メフメト", ""), ("Deniz", "デニズ", ""), ("Ali", "アリ", ""),
         ("Serhat", "セルハト", ""), ("Welat", "ウェラト", "")),
        (("Rojda", "ロジダ", ""), ("Berfin", "ベルフィン", ""), ("Zeynep", "ゼイネプ", ""), ("Dilan", "ディラン", ""),
         ("Hêvî", "ヘーヴィー", "")),
        (("Demir", "デミル", ""), ("Yıldız", "ユルドゥズ", ""), ("Kaya", "カヤ", ""), ("Aslan", "アスラン", ""),
         ("Çelik", "チェリク", ""), ("Doğan", "ドアン", ""), ("Aydın", "アイドゥン", ""), ("Tekin", "テキン", "")),
        (),
        ("Gaziantep", "Kahramanmaraş", "Adıyaman", "Diyarbakır", "Mardin", "Şanlıurfa"),
        (("kmr", ("native",), 1.0), ("tr", ("native", "fluent"), 0.95)),
        ("Dicle University", "Gaziantep University", "Harran University", "Mardin Artuklu University"),
        (("asylum_applicant", 5), ("no_status", 3), ("designated_activities", 2), ("other_visa", 2),
         ("humanitarian_stay", 1)),
        (2003, 2022), ("Istanbul",), "90",
        (("after repeated detentions for Kurdish political activity",
          "クルド人の政治活動を理由に繰り返し拘束された"),
         ("because of discrimination and threats against Kurds", "クルド人に対する差別と脅迫を受けた")),
    ),
    _Country(
        "LK", ("LK",), 5, "fam",
        (("Suresh", "スレシュ", ""), ("Nimal", "ニマル", ""), ("Tharindu", "タリンドゥ", ""), ("Kasun", "カスン", ""),
         ("Rajan", "ラジャン", ""), ("Pradeep", "プラディープ", "")),
        (("Dilani", "ディラニ", ""), ("Shalini", "シャリニ", ""), ("Nirosha", "ニロシャ", ""),
         ("Kavitha", "カヴィタ", ""), ("Sanduni", "サンドゥニ", "")),
        (("Perera", "ペレラ", ""), ("Fernando", "フェルナンド", ""), ("Silva", "シルバ", ""),
         ("Jayasinghe", "ジャヤシンハ", ""), ("Sivakumar", "シヴァクマール", ""), ("Bandara", "バンダラ", ""),
         ("Kumarasamy", "クマラサミ", ""), ("Herath", "ヘーラット", "")),
        (),
        ("Colombo", "Jaffna", "Kandy", "Batticaloa", "Galle", "Trincomalee"),
        (("si", ("native",), 0.6), ("ta", ("native", "fluent"), 0.5)),
        ("University of Colombo", "University of Jaffna", "University of Peradeniya", "University of Moratuwa"),
        (("asylum_applicant", 4), ("no_status", 2), ("designated_activities", 2), ("other_visa", 2)),
        (2008, 2022), ("Chennai", "Kuala Lumpur"), "94",
        (("after being questioned and beaten over alleged links to the Tamil movement",
          "タミル系組織との関係を疑われ、取り調べと暴行を受けた"),
         ("after supporting an opposition candidate", "野党候補を支援した")),
    ),
    _Country(
        "NP", ("NP",), 5, "fam",
        (("Ram", "ラム", "राम"), ("Bikash", "ビカシュ", "बिकास"), ("Suman", "スマン", "सुमन"),
         ("Prakash", "プラカシュ", "प्रकाश"), ("Sagar", "サガル", "सागर"), ("Dipak", "ディパク", "दीपक")),
        (("Sita", "シタ", "सीता"), ("Anita", "アニタ", "अनिता"), ("Sunita", "スニタ", "सुनिता"),
         ("Pooja", "プジャ", "पूजा"), ("Kabita", "カビタ", "कविता")),
        (("Gurung", "グルン", "गुरुङ"), ("Tamang", "タマン", "तामाङ"), ("Shrestha", "シュレスタ", "श्रेष्ठ"),
         ("Rai", "ライ", "राई"), ("Magar", "マガル", "मगर"), ("Thapa", "タパ", "थापा"),
         ("Adhikari", "アディカリ", "अधिकारी"), ("Sherpa", "シェルパ", "शेर्पा")),
        (),
        ("Kathmandu", "Pokhara", "Chitwan", "Dharan", "Butwal", "Biratnagar"),
        (("ne", ("native",), 1.0), ("hi", ("fluent", "conversational", "B2"), 0.5)),
        ("Tribhuvan University", "Kathmandu University", "Pokhara University"),
        (("asylum_applicant", 4), ("other_visa", 3), ("no_status", 2), ("designated_activities", 2)),
        (2008, 2020), ("Delhi",), "977",
        (("after threats from a political group over a land dispute", "土地問題をめぐり政治団体から脅迫を受けた"),
         ("after refusing to pay money demanded by an armed group", "武装集団からの金銭要求を断った")),
    ),
    _Country(
        "CM", ("CM",), 5, "fam",
        (("Divine", "ディヴァイン", ""), ("Clovis", "クロヴィス", ""), ("Bertrand", "ベルトラン", ""),
         ("Fru", "フル", ""), ("Ashu", "アシュ", ""), ("Samuel", "サミュエル", "")),
        (("Brenda", "ブレンダ", ""), ("Clarisse", "クラリス", ""), ("Nkeng", "ンケン", ""),
         ("Mirabel", "ミラベル", ""), ("Blessing", "ブレッシング", "")),
        (("Tabi", "タビ", ""), ("Fon", "フォン", ""), ("Nkwenti", "ンクウェンティ", ""), ("Achu", "アチュ", ""),
         ("Tanyi", "タニ", ""), ("Ngwa", "ングワ", ""), ("Mbah", "ンバ", ""), ("Neba", "ネバ", "")),
        (),
        ("Bamenda", "Buea", "Kumba", "Limbe", "Douala", "Yaoundé"),
        (("en", ("native", "fluent"), 1.0), ("fr", ("B1", "B2", "C1", "fluent"), 0.8)),
        ("University of Buea", "University of Bamenda", "University of Yaoundé I"),
        (("asylum_applicant", 5), ("refugee", 1), ("humanitarian_stay", 2)),
        (2017, 2023), ("Lagos", "Addis Ababa"), "237",
        (("during the Anglophone crisis, after soldiers burned houses in the village",
          "英語圏危機のさなか、兵士が村の家々を焼き払った"),
         ("after being arrested at a protest", "抗議活動で逮捕された")),
    ),
    _Country(
        "UG", ("UG",), 4, "fam",
        (("Joseph", "ジョセフ", ""), ("Brian", "ブライアン", ""), ("Isaac", "アイザック", ""),
         ("Moses", "モーゼス", ""), ("Ronald", "ロナルド", "")),
        (("Sarah", "サラ", ""), ("Grace", "グレース", ""), ("Sharon", "シャロン", ""),
         ("Patience", "ペイシェンス", ""), ("Esther", "エスター", "")),
        (("Okello", "オケロ", ""), ("Mukasa", "ムカサ", ""), ("Ssempala", "センパラ", ""), ("Kato", "カト", ""),
         ("Byaruhanga", "ビャルハンガ", ""), ("Opio", "オピオ", ""), ("Tumusiime", "トゥムシイメ", ""),
         ("Wasswa", "ワスワ", "")),
        (),
        ("Kampala", "Gulu", "Mbarara", "Jinja", "Masaka", "Entebbe"),
        (("en", ("fluent", "C1", "native"), 1.0), ("lg", ("native",), 0.6), ("sw", ("conversational", "B1"), 0.3)),
        ("Makerere University", "Kyambogo University", "Mbarara University of Science and Technology"),
        (("asylum_applicant", 5), ("refugee", 2), ("humanitarian_stay", 2)),
        (2014, 2023), ("Nairobi", "Dubai"), "256",
        (("after being outed and attacked because of his or her sexual orientation",
          "性的指向を暴露され、暴行を受けた"),
         ("after supporting the opposition during the elections", "選挙で野党を支援した")),
    ),
    _Country(
        "ET", ("ET",), 4, "patr",
        (("Abebe", "アベベ", "አበበ"), ("Dawit", "ダウィット", "ዳዊት"), ("Tesfaye", "テスファイ", "ተስፋዬ"),
         ("Yohannes", "ヨハネス", "ዮሐንስ"), ("Bereket", "ベレケット", "በረከት"), ("Girma", "ギルマ", "ግርማ")),
        (("Meron", "メロン", "ሜሮን"), ("Hanna", "ハンナ", "ሐና"), ("Selam", "セラム", "ሰላም"),
         ("Tigist", "ティギスト", "ትግስት"), ("Almaz", "アルマズ", "አልማዝ")),
        (), (),
        ("Addis Ababa", "Gondar", "Mekelle", "Bahir Dar", "Dire Dawa", "Adama", "Jimma"),
        (("am", ("native",), 0.8), ("om", ("native", "fluent"), 0.35), ("ti", ("native",), 0.2)),
        ("Addis Ababa University", "Bahir Dar University", "Mekelle University", "Jimma University"),
        (("asylum_applicant", 5), ("refugee", 2), ("humanitarian_stay", 2)),
        (2016, 2023), ("Nairobi", "Dubai"), "251",
        (("after ethnic violence reached the town", "民族間の暴力が町に及んだ"),
         ("after being detained for criticising the authorities online", "ネット上で当局を批判して拘束された")),
    ),
    _Country(
        "ER", ("ER",), 3, "patr",
        (("Yonas", "ヨナス", ""), ("Tesfay", "テスファイ", ""), ("Mehari", "メハリ", ""),
         ("Filmon", "フィルモン", ""), ("Amanuel", "アマヌエル", "")),
        (("Helen", "ヘレン", ""), ("Senait", "セナイト", ""), ("Luwam", "ルワム", ""), ("Saba", "サバ", ""),
         ("Freweini", "フレウェイニ", "")),
        (), (),
        ("Asmara", "Keren", "Massawa", "Mendefera", "Adi Keyh"),
        (("ti", ("native",), 1.0), ("ar", ("B1", "conversational"), 0.25), ("am", ("B2", "fluent"), 0.25)),
        ("University of Asmara", "Eritrea Institute of Technology", "Asmara College of Health Sciences"),
        (("asylum_applicant", 4), ("refugee", 2), ("humanitarian_stay", 2)),
        (2012, 2022), ("Khartoum", "Addis Ababa", "Cairo"), "291",
        (("to escape indefinite national service", "無期限の国民役務から逃れる"),
         ("after being jailed for practising a banned faith", "禁止された信仰を理由に投獄された")),
    ),
    _Country(
        "SD", ("SD",), 4, "patr",
        (("Mohamed", "モハメド", "محمد"), ("Osman", "オスマン", "عثمان"), ("Abdelrahman", "アブデルラハマン", "عبد الرحمن"),
         ("Hassan", "ハッサン", "حسن"), ("Ibrahim", "イブラヒム", "إبراهيم"), ("Adam", "アダム", "آدم")),
        (("Amna", "アムナ", "آمنة"), ("Samah", "サマハ", "سماح"), ("Hawa", "ハワ", "حواء"), ("Safa", "サファ", "صفاء"),
         ("Reem", "リーム", "ريم")),
        (), (),
        ("Khartoum", "Omdurman", "El Fasher", "Nyala", "Port Sudan", "Kassala", "El Geneina"),
        (("ar", ("native",), 1.0), ("fvr", ("native",), 0.15)),
        ("University of Khartoum", "Sudan University of Science and Technology", "Omdurman Islamic University"),
        (("asylum_applicant", 3), ("refugee", 1), ("designated_activities", 3), ("complementary_protection", 2)),
        (2019, 2024), ("Cairo", "Port Sudan", "Jeddah"), "249",
        (("when fighting broke out in 2023", "2023年に戦闘が始まった"),
         ("after militia attacks on the neighbourhood", "民兵が地区を襲撃した")),
    ),
    _Country(
        "IR", ("IR",), 5, "fam",
        (("Reza", "レザ", "رضا"), ("Amir", "アミール", "امیر"), ("Behnam", "ベフナム", "بهنام"),
         ("Saeed", "サイード", "سعید"), ("Mehdi", "メフディ", "مهدی"), ("Arash", "アラシュ", "آرش")),
        (("Maryam", "マルヤム", "مریم"), ("Shirin", "シリン", "شیرین"), ("Negar", "ネガール", "نگار"),
         ("Parisa", "パリサ", "پریسا"), ("Leila", "レイラ", "لیلا")),
        (("Ahmadi", "アフマディ", "احمدی"), ("Hosseini", "ホセイニ", "حسینی"), ("Mohammadi", "モハンマディ", "محمدی"),
         ("Rezaei", "レザイ", "رضایی"), ("Moradi", "モラディ", "مرادی"), ("Jafari", "ジャファリ", "جعفری"),
         ("Tehrani", "テヘラニ", "تهرانی"), ("Sadeghi", "サデギ", "صادقی")),
        (),
        ("Tehran", "Isfahan", "Shiraz", "Tabriz", "Mashhad", "Kermanshah", "Sanandaj"),
        (("fa", ("native",), 1.0), ("ckb", ("native",), 0.1), ("az", ("native", "fluent"), 0.1)),
        ("University of Tehran", "Sharif University of Technology", "Isfahan University of Technology",
         "Shiraz University"),
        (("asylum_applicant", 4), ("no_status", 2), ("other_visa", 2), ("refugee", 1)),
        (2009, 2023), ("Istanbul", "Yerevan"), "98",
        (("after taking part in the protests", "抗議デモに参加した"),
         ("after converting to Christianity", "キリスト教に改宗した")),
    ),
    _Country(
        "IQ", ("IQ",), 4, "fam",
        (("Ali", "アリ", "علي"), ("Haider", "ハイダル", "حيدر"), ("Mustafa", "ムスタファ", "مصطفى"),
         ("Karwan", "カルワン", "کاروان"), ("Hussein", "フセイン", "حسين"), ("Ammar", "アンマール", "عمار")),
        (("Zainab", "ザイナブ", "زينب"), ("Noor", "ヌール", "نور"), ("Shilan", "シラン", "شیلان"),
         ("Ruqaya", "ルカイヤ", "رقية"), ("Sara", "サラ", "سارة")),
        (("Al-Jubouri", "アル＝ジュブーリ", "الجبوري"), ("Al-Saadi", "アル＝サーディ", "الساعدي"),
         ("Kareem", "カリーム", "كريم"), ("Abdullah", "アブドゥッラー", "عبد الله"),
         ("Al-Obaidi", "アル＝オベイディ", "العبيدي"), ("Hamad", "ハマド", "حمد"), ("Aziz", "アジズ", "عزيز"),
         ("Salih", "サーリフ", "صالح")),
        (),
        ("Baghdad", "Mosul", "Basra", "Erbil", "Sulaymaniyah", "Kirkuk", "Najaf"),
        (("ar", ("native",), 0.85), ("ckb", ("native", "fluent"), 0.3), ("tr", ("A2", "B1"), 0.1)),
        ("University of Baghdad", "University of Mosul", "Salahaddin University-Erbil", "University of Basrah"),
        (("asylum_applicant", 4), ("refugee", 1), ("humanitarian_stay", 2)),
        (2006, 2020), ("Istanbul", "Amman"), "964",
        (("after a militia threatened people who worked with foreign companies",
          "外国企業で働く人々が民兵に脅迫された"),
         ("after a family member was kidnapped", "家族が誘拐された")),
    ),
    _Country(
        "YE", ("YE",), 3, "fam",
        (("Nabil", "ナビール", "نبيل"), ("Fuad", "フアード", "فؤاد"), ("Walid", "ワリード", "وليد"),
         ("Hamza", "ハムザ", "حمزة"), ("Tariq", "タリク", "طارق"), ("Saleh", "サーレハ", "صالح")),
        (("Arwa", "アルワ", "أروى"), ("Bushra", "ブシュラ", "بشرى"), ("Asma", "アスマ", "أسماء"), ("Huda", "フダ", "هدى"),
         ("Nada", "ナダ", "ندى")),
        (("Al-Ahmadi", "アル＝アハマディ", "الأحمدي"), ("Al-Hakimi", "アル＝ハキミ", "الحكيمي"),
         ("Al-Yafei", "アル＝ヤフェイ", "اليافعي"), ("Al-Maqtari", "アル＝マクタリ", "المقطري"),
         ("Al-Qadhi", "アル＝カーディ", "القاضي"), ("Al-Absi", "アル＝アブシ", "العبسي"),
         ("Al-Sanani", "アル＝サナーニ", "الصنعاني"), ("Ba-Salem", "バサーレム", "باسالم")),
        (),
        ("Sana'a", "Aden", "Taiz", "Hodeidah", "Ibb", "Mukalla"),
        (("ar", ("native",), 1.0),),
        ("Sana'a University", "University of Aden", "Taiz University"),
        (("asylum_applicant", 3), ("refugee", 1), ("humanitarian_stay", 2), ("designated_activities", 2)),
        (2015, 2022), ("Cairo", "Djibouti", "Kuala Lumpur"), "967",
        (("when the war reached the city", "戦闘が都市に及んだ"),
         ("after being detained by an armed group for journalism", "報道活動を理由に武装組織に拘束された")),
    ),
    _Country(
        "BD", ("BD",), 4, "fam",
        (("Rahim", "ラヒム", "রহিম"), ("Arif", "アリフ", "আরিফ"), ("Tanvir", "タンヴィル", "তানভীর"),
         ("Sajid", "サジド", "সাজিদ"), ("Kamal", "カマル", "কামাল"), ("Imran", "イムラン", "ইমরান")),
        (("Nusrat", "ヌスラト", "নুসরাত"), ("Farhana", "ファルハナ", "ফারহানা"), ("Sabrina", "サブリナ", "সাবরিনা"),
         ("Tahmina", "タフミナ", "তাহমিনা"), ("Ayesha", "アイシャ", "আয়েশা")),
        (("Hossain", "ホサイン", "হোসেন"), ("Rahman", "ラーマン", "রহমান"), ("Islam", "イスラム", "ইসলাম"),
         ("Ahmed", "アーメド", "আহমেদ"), ("Chowdhury", "チョウドリー", "চৌধুরী"), ("Uddin", "ウッディン", "উদ্দিন"),
         ("Sarker", "サルカル", "সরকার"), ("Miah", "ミア", "মিয়া")),
        (),
        ("Dhaka", "Chittagong", "Sylhet", "Khulna", "Rajshahi", "Comilla"),
        (("bn", ("native",), 1.0), ("hi", ("conversational", "B1"), 0.2)),
        ("University of Dhaka", "Bangladesh University of Engineering and Technology", "University of Chittagong",
         "University of Rajshahi"),
        (("asylum_applicant", 4), ("no_status", 2), ("other_visa", 3)),
        (2010, 2022), ("Kolkata", "Kuala Lumpur"), "880",
        (("after attacks on opposition party members", "野党党員が襲撃された"),
         ("after false criminal cases were filed against him or her", "虚偽の刑事事件で告訴された")),
    ),
    _Country(
        "PK", ("PK",), 5, "fam",
        (("Usman", "ウスマン", "عثمان"), ("Bilal", "ビラル", "بلال"), ("Faisal", "ファイサル", "فیصل"),
         ("Zeeshan", "ジーシャン", "ذیشان"), ("Kamran", "カムラン", "کامران"), ("Asad", "アサド", "اسد")),
        (("Sana", "サナ", "ثنا"), ("Hira", "ヒラ", "حرا"), ("Mehwish", "メフウィシュ", "مہوش"),
         ("Rabia", "ラビア", "رابعہ"), ("Iqra", "イクラ", "اقرا")),
        (("Khan", "カーン", "خان"), ("Butt", "バット", "بٹ"), ("Qureshi", "クレイシ", "قریشی"), ("Malik", "マリク", "ملک"),
         ("Chaudhry", "チョードリー", "چودھری"), ("Siddiqui", "シッディーキー", "صدیقی"), ("Mirza", "ミルザ", "مرزا"),
         ("Raza", "ラザ", "رضا")),
        (),
        ("Lahore", "Karachi", "Rawalpindi", "Faisalabad", "Peshawar", "Quetta", "Chenab Nagar"),
        (("ur", ("native", "fluent"), 1.0), ("pa", ("native",), 0.5), ("ps", ("native",), 0.15)),
        ("University of the Punjab", "University of Karachi", "NUST Islamabad", "Quaid-i-Azam University"),
        (("asylum_applicant", 4), ("no_status", 2), ("other_visa", 2), ("designated_activities", 1)),
        (2008, 2022), ("Dubai", "Bangkok"), "92",
        (("because of persecution of the Ahmadiyya community", "アフマディーヤ信徒への迫害を受けた"),
         ("after a blasphemy accusation by a neighbour", "近隣住民から冒涜罪で告発された")),
    ),
    _Country(
        "RU", ("RU",), 4, "slav",
        (("Dmitry", "ドミトリー", "Дмитрий"), ("Alexei", "アレクセイ", "Алексей"), ("Ivan", "イワン", "Иван"),
         ("Mikhail", "ミハイル", "Михаил"), ("Sergei", "セルゲイ", "Сергей"), ("Artem", "アルチョム", "Артём")),
        (("Anna", "アンナ", "Анна"), ("Ekaterina", "エカテリーナ", "Екатерина"), ("Maria", "マリア", "Мария"),
         ("Daria", "ダリア", "Дарья"), ("Olga", "オリガ", "Ольга")),
        (("Ivanov", "イワノフ", "Иванов"), ("Smirnov", "スミルノフ", "Смирнов"), ("Kuznetsov", "クズネツォフ", "Кузнецов"),
         ("Popov", "ポポフ", "Попов"), ("Sokolov", "ソコロフ", "Соколов"), ("Volkov", "ヴォルコフ", "Волков"),
         ("Morozov", "モロゾフ", "Морозов"), ("Lebedev", "レベデフ", "Лебедев")),
        (("Ivanova", "イワノワ", "Иванова"), ("Smirnova", "スミルノワ", "Смирнова"),
         ("Kuznetsova", "クズネツォワ", "Кузнецова"), ("Popova", "ポポワ", "Попова"), ("Sokolova", "ソコロワ", "Соколова"),
         ("Volkova", "ヴォルコワ", "Волкова"), ("Morozova", "モロゾワ", "Морозова"), ("Lebedeva", "レベデワ", "Лебедева")),
        ("Moscow", "Saint Petersburg", "Kazan", "Yekaterinburg", "Novosibirsk", "Vladivostok", "Khabarovsk"),
        (("ru", ("native",), 1.0), ("de", ("A2", "B1", "B2"), 0.15)),
        ("Lomonosov Moscow State University", "Saint Petersburg State University",
         "Bauman Moscow State Technical University", "Far Eastern Federal University"),
        (("asylum_applicant", 4), ("other_visa", 2), ("designated_activities", 2)),
        (2022, 2023), ("Tbilisi", "Almaty", "Seoul"), "7",
        (("to avoid mobilisation after speaking out against the war", "反戦の意思を示した後、動員を逃れる"),
         ("after being fined and searched for anti-war posts", "反戦の投稿を理由に罰金と家宅捜索を受けた")),
    ),
    _Country(
        "BY", ("BY",), 2, "slav",
        (("Aliaksandr", "アリャクサンドル", "Аляксандр"), ("Pavel", "パヴェル", "Павел"), ("Maksim", "マクシム", "Максім"),
         ("Andrei", "アンドレイ", "Андрэй"), ("Mikalai", "ミカライ", "Мікалай")),
        (("Volha", "ヴォリハ", "Вольга"), ("Sviatlana", "スビアトラーナ", "Святлана"), ("Tatsiana", "タチアナ", "Таццяна"),
         ("Alena", "アレナ", "Алена"), ("Maryia", "マリヤ", "Марыя")),
        (("Kavalenka", "カヴァレンカ", "Каваленка"), ("Shauchenka", "シャウチェンカ", "Шаўчэнка"),
         ("Bandarenka", "バンダレンカ", "Бандарэнка"), ("Yakimovich", "ヤキモヴィチ", "Якімовіч"),
         ("Paulovich", "パウロヴィチ", "Паўловіч"), ("Karpovich", "カルポヴィチ", "Карповіч"),
         ("Zhuk", "ジュク", "Жук"), ("Kavalchuk", "カヴァルチュク", "Кавальчук")),
        (),
        ("Minsk", "Grodno", "Brest", "Gomel", "Vitebsk", "Mogilev"),
        (("be", ("native", "fluent"), 1.0), ("ru", ("native",), 0.95), ("pl", ("A2", "B1"), 0.2)),
        ("Belarusian State University", "Belarusian National Technical University", "Grodno State University"),
        (("asylum_applicant", 4), ("other_visa", 2), ("designated_activities", 1)),
        (2020, 2023), ("Vilnius", "Warsaw", "Tbilisi"), "375",
        (("after being detained during the 2020 protests", "2020年の抗議デモで拘束された"),
         ("after colleagues were arrested for independent journalism", "独立系報道に関わった同僚が逮捕された")),
    ),
    _Country(
        "XX", ("MM",), 3, "mono",
        (("Nur Alam", "ヌル・アラム", ""), ("Abul Kalam", "アブル・カラム", ""), ("Mohammed Ayub", "モハメド・アユブ", ""),
         ("Rashid Ahmed", "ラシッド・アハメド", ""), ("Jamal Hussain", "ジャマル・フセイン", "")),
        (("Rahima Begum", "ラヒマ・ベガム", ""), ("Hasina Khatun", "ハシナ・カトゥン", ""),
         ("Nur Kalima", "ヌル・カリマ", ""), ("Sajida Begum", "サジダ・ベガム", "")),
        (), (),
        ("Maungdaw", "Buthidaung", "Sittwe"),
        (("rhg", ("native",), 1.0), ("my", ("B1", "conversational", "fluent"), 0.6),
         ("bn", ("conversational", "B1"), 0.3)),
        ("Sittwe University", "Yangon University of Distance Education"),
        (("refugee", 3), ("humanitarian_stay", 3), ("asylum_applicant", 2), ("designated_activities", 1)),
        (1995, 2017), ("Cox's Bazar", "Bangkok", "Kuala Lumpur"), "",
        (("because Rohingya are denied citizenship and were attacked in the village",
          "ロヒンギャとして国籍を認められず、村が襲撃された"),
         ("after forced labour and arrests in the township", "地域で強制労働と逮捕が続いた")),
    ),
    _Country(
        "XX", ("XX", "SY"), 2, "fam",
        (("Yazan", "ヤザン", "يزن"), ("Majd", "マジド", "مجد"), ("Karim", "カリーム", "كريم"), ("Fadi", "ファディ", "فادي"),
         ("Sami", "サミ", "سامي")),
        (("Yasmin", "ヤスミン", "ياسمين"), ("Rasha", "ラシャ", "رشا"), ("Salma", "サルマ", "سلمى"),
         ("Lubna", "ルブナ", "لبنى")),
        (("Abu Khalil", "アブー・ハリール", "أبو خليل"), ("Odeh", "オデ", "عودة"), ("Awad", "アワド", "عوض"),
         ("Khalidi", "ハーリディ", "الخالدي"), ("Qasem", "カーセム", "قاسم"), ("Hamdan", "ハムダーン", "حمدان")),
        (),
        ("Yarmouk camp, Damascus", "Neirab camp, Aleppo", "Khan Eshieh camp", "Gaza"),
        (("ar", ("native",), 1.0),),
        ("University of Damascus", "University of Aleppo", "Islamic University of Gaza"),
        (("asylum_applicant", 2), ("refugee", 1), ("humanitarian_stay", 2), ("complementary_protection", 2)),
        (2012, 2024), ("Beirut", "Cairo", "Amman"), "",
        (("as a stateless Palestinian when the camp came under siege", "無国籍のパレスチナ人として、キャンプが包囲された"),
         ("after the family home was destroyed in the war", "戦争で自宅が破壊された")),
    ),
)
_COUNTRY_WEIGHTS = tuple(c.weight for c in _COUNTRIES)
# family name (either form) -> (masculine, feminine), for countries whose family names change with gender
_FAMILY_FORMS = {name[0]: (m[0], f[0]) for c in _COUNTRIES for m, f in zip(c.family, c.family_f) for name in (m, f)}

# tag -> (English, Japanese)
_LANGUAGE_NAMES: dict[str, tuple[str, str]] = {
    "prs": ("Dari", "ダリー語"), "ps": ("Pashto", "パシュトー語"), "ur": ("Urdu", "ウルドゥー語"),
    "my": ("Burmese", "ビルマ語"), "fr": ("French", "フランス語"), "ln": ("Lingala", "リンガラ語"),
    "sw": ("Swahili", "スワヒリ語"), "lua": ("Tshiluba", "チルバ語"), "uk": ("Ukrainian", "ウクライナ語"),
    "ru": ("Russian", "ロシア語"), "pl": ("Polish", "ポーランド語"), "de": ("German", "ドイツ語"),
    "ar": ("Arabic", "アラビア語"), "tr": ("Turkish", "トルコ語"), "ku": ("Kurdish", "クルド語"),
    "kmr": ("Kurdish (Kurmanji)", "クルド語（クルマンジー）"), "ckb": ("Kurdish (Sorani)", "クルド語（ソラニー）"),
    "si": ("Sinhala", "シンハラ語"), "ta": ("Tamil", "タミル語"), "ne": ("Nepali", "ネパール語"),
    "hi": ("Hindi", "ヒンディー語"), "en": ("English", "英語"), "lg": ("Luganda", "ルガンダ語"),
    "am": ("Amharic", "アムハラ語"), "om": ("Oromo", "オロモ語"), "ti": ("Tigrinya", "ティグリニャ語"),
    "fvr": ("Fur", "フール語"), "fa": ("Persian", "ペルシャ語"), "az": ("Azerbaijani", "アゼルバイジャン語"),
    "bn": ("Bengali", "ベンガル語"), "pa": ("Punjabi", "パンジャブ語"), "be": ("Belarusian", "ベラルーシ語"),
    "rhg": ("Rohingya", "ロヒンギャ語"), "ja": ("Japanese", "日本語"),
}


class _Profession(NamedTuple):
    title: str
    title_ja: str
    sector: str
    sector_ja: str
    weight: int
    edu: tuple[str, ...]              # education levels, most likely first
    fields: tuple[str, ...]
    skills: tuple[str, ...]
    certs: tuple[str, ...]
    roles: tuple[str, ...]
    employers: tuple[tuple[str, str], ...]  # (name template, employer_kind); {city} {family}
    descriptions: tuple[str, ...]     # {n} {m} {city}


_EXTRA_SKILLS = ("Microsoft Office", "driving licence", "customer service", "first aid", "team leadership")
_GENERIC_ROLES = ("factory worker", "warehouse staff", "kitchen staff", "care worker (kaigo)",
                  "cleaning staff", "delivery driver", "convenience store staff")

_PROFESSIONS: tuple[_Profession, ...] = (
    _Profession(
        "Civil engineer", "土木技術者", "construction and infrastructure", "建設・インフラ", 5,
        ("bachelor", "master"), ("civil engineering", "structural engineering", "water resources engineering"),
        ("AutoCAD", "site supervision", "structural analysis", "quantity surveying", "GIS", "project management",
         "Civil 3D", "road design"),
        ("PMP", "AutoCAD Certified Professional", "NEBOSH International General Certificate"),
        ("civil engineer", "CAD operator", "construction site supervisor", "施工管理補助"),
        (("Ministry of Public Works", "government"), ("UNDP", "international_organization"),
         ("{city} Construction Company", "private"), ("Norwegian Refugee Council", "ngo")),
        ("Supervised construction of {n} km of rural roads and drainage.",
         "Designed reinforced-concrete school buildings; managed a team of {m} engineers.",
         "Prepared bills of quantities and tender documents for water-supply projects."),
    ),
    _Profession(
        "Software developer", "ソフトウェア開発者", "IT", "IT", 6,
        ("bachelor", "master", "associate"), ("computer science", "software engineering", "information technology"),
        ("Python", "Java", "JavaScript", "React", "SQL", "Django", "Docker", "Git", "Linux", "AWS", "PHP",
         "Laravel", "Kotlin", "TypeScript"),
        ("AWS Certified Solutions Architect - Associate", "Oracle Certified Professional, Java SE",
         "Google Associate Cloud Engineer"),
        ("software engineer", "web developer", "QA engineer", "backend engineer", "IT support"),
        (("{city} Soft", "private"), ("{family} Tech Solutions", "private"), ("UNICEF", "international_organization"),
         ("freelance", "self_employed"), ("Ministry of Communications", "government")),
        ("Built and maintained a payroll web application used by {n} staff.",
         "Developed Android apps for local clients; {m} apps published.",
         "Maintained the student information system of a university ({n} users)."),
    ),
    _Profession(
        "Network administrator", "ネットワーク管理者", "IT", "IT", 3,
        ("bachelor", "associate", "vocational"),
        ("computer engineering", "information technology", "telecommunications"),
        ("Cisco networking", "Windows Server", "Active Directory", "helpdesk", "Linux", "VMware", "network security",
         "Microsoft 365 administration"),
        ("Cisco CCNA", "CompTIA A+", "CompTIA Security+", "Microsoft Certified: Azure Fundamentals"),
        ("IT support", "network engineer", "system administrator", "helpdesk staff"),
        (("{city} Telecom", "private"), ("International Organization for Migration", "international_organization"),
         ("Ministry of Finance", "government"), ("{city} University", "academic")),
        ("Ran the network and servers of an office with {n} users across {m} sites.",
         "First-line and second-line support for {n} staff; cut ticket backlog by half."),
    ),
    _Profession(
        "Accountant", "経理担当者", "finance and accounting", "経理・財務", 5,
        ("bachelor", "master"), ("accounting", "finance", "economics", "business administration"),
        ("bookkeeping", "financial reporting", "IFRS", "Excel", "QuickBooks", "payroll", "auditing", "tax returns"),
        ("ACCA (part-qualified)", "CPA (home country)", "日商簿記3級 (Bookkeeping, grade 3)", "CMA"),
        ("accounting staff", "bookkeeper", "finance assistant", "経理事務"),
        (("{city} Bank", "private"), ("Save the Children", "ngo"), ("Ministry of Finance", "government"),
         ("{family} & Partners", "private")),
        ("Prepared monthly accounts and payroll for {n} employees.",
         "Audited donor-funded projects worth USD {m} million a year.",
         "Handled accounts payable and receivable for a trading company."),
    ),
    _Profession(
        "Nurse", "看護師", "healthcare", "医療", 5,
        ("bachelor", "vocational", "associate"), ("nursing", "midwifery", "public health"),
        ("patient care", "wound care", "IV therapy", "vital signs monitoring", "maternal care", "infection control",
         "elderly care", "first aid"),
        ("Registered nurse licence (home country)", "Basic Life Support (BLS)", "介護職員初任者研修 (caregiver training)"),
        ("care worker (kaigo)", "nursing assistant", "caregiver", "介護職員"),
        (("{city} General Hospital", "government"), ("Médecins Sans Frontières", "ngo"),
         ("International Committee of the Red Cross", "international_organization"),
         ("{city} Private Clinic", "private")),
        ("Ward nurse in a {n}-bed surgical ward; trained {m} junior nurses.",
         "Ran a mobile clinic for displaced families.",
         "Maternal and child health nurse in a rural health centre."),
    ),
    _Profession(
        "Medical doctor", "医師", "healthcare", "医療", 2,
        ("bachelor", "master", "doctorate"), ("medicine", "general surgery", "paediatrics", "public health"),
        ("internal medicine", "emergency care", "paediatrics", "medical research", "public health",
         "clinical documentation"),
        ("Medical licence (home country)", "USMLE Step 1", "Advanced Trauma Life Support"),
        ("medical interpreter", "clinical research assistant", "care worker (kaigo)", "public health officer",
         "medical representative"),
        (("{city} Teaching Hospital", "government"), ("World Health Organization", "international_organization"),
         ("Médecins Sans Frontières", "ngo"), ("{city} Private Clinic", "private")),
        ("General physician seeing about {n} patients a day.",
         "Emergency doctor; coordinated mass-casualty response with {m} colleagues."),
    ),
    _Profession(
        "Pharmacist", "薬剤師", "healthcare", "医療", 2,
        ("bachelor", "master"), ("pharmacy", "pharmaceutical sciences"),
        ("dispensing", "drug inventory management", "patient counselling", "quality control", "GMP"),
        ("Pharmacist licence (home country)",),
        ("pharmacy assistant", "quality control staff", "drugstore staff"),
        (("{city} Pharmacy", "self_employed"), ("{city} General Hospital", "government"),
         ("UNICEF", "international_organization")),
        ("Ran a community pharmacy with {m} staff.", "Managed medicine stock for {n} health centres."),
    ),
    _Profession(
        "Business owner", "自営業者", "trade", "貿易・商業", 5,
        ("bachelor", "secondary", "associate"), ("business administration", "economics", "marketing"),
        ("import/export", "negotiation", "sales", "bookkeeping", "customer relations", "supply chain",
         "team management"),
        (),
        ("sales staff", "business development", "trading company staff", "貿易事務", "overseas sales"),
        (("{family} Trading", "self_employed"), ("{family} General Store", "self_employed"),
         ("{city} Import-Export", "private")),
        ("Ran a trading company with {m} staff, importing goods from Dubai and China.",
         "Owned two shops in {city}; managed purchasing, pricing and staff.",
         "Built a wholesale business from scratch to {n} regular clients."),
    ),
    _Profession(
        "Graphic designer", "グラフィックデザイナー", "creative", "クリエイティブ", 3,
        ("bachelor", "vocational"), ("graphic design", "fine arts", "architecture"),
        ("illustration", "Adobe Illustrator", "Photoshop", "Figma", "Procreate", "typography", "branding",
         "UI design", "textile pattern design"),
        ("Adobe Certified Professional",),
        ("graphic designer", "illustrator", "UI designer", "DTP operator", "textile designer"),
        (("freelance", "self_employed"), ("{city} Advertising Agency", "private"),
         ("{city} Publishing House", "private")),
        ("Book covers and posters for {n} clients.",
         "Designed packaging and brand identities for local food producers."),
    ),
    _Profession(
        "Teacher", "教師", "education", "教育", 5,
        ("bachelor", "master"), ("education", "mathematics", "English literature", "physics", "chemistry"),
        ("lesson planning", "classroom management", "curriculum development", "English teaching", "mathematics",
         "online teaching"),
        ("TESOL", "CELTA", "Teaching licence (home country)"),
        ("English teacher (ALT)", "after-school tutor", "international school assistant", "interpreter"),
        (("{city} Secondary School", "government"), ("{city} Private School", "private"),
         ("UNHCR", "international_organization"), ("{city} University", "academic")),
        ("Taught mathematics to classes of {n} students for {m} years.",
         "Head of the English department; wrote the school's exam papers."),
    ),
    _Profession(
        "Truck driver", "トラック運転手", "transport and logistics", "運輸・物流", 6,
        ("secondary", "vocational", "primary"), ("automotive technology", "general studies"),
        ("heavy vehicle driving", "route planning", "vehicle maintenance", "forklift operation", "logistics",
         "cargo loading"),
        ("Heavy vehicle licence (home country)", "フォークリフト運転技能講習 (forklift)", "普通自動車免許 (Japanese driving licence)"),
        ("delivery driver", "warehouse staff", "forklift operator", "truck driver"),
        (("{city} Transport", "private"), ("World Food Programme", "international_organization"),
         ("self-employed", "self_employed")),
        ("Long-distance freight driver; about {n} km a month.", "Drove supply trucks for food distributions."),
    ),
    _Profession(
        "Cook", "調理師", "food service", "飲食", 6,
        ("vocational", "secondary"), ("culinary arts", "hospitality", "general studies"),
        ("halal cooking", "menu planning", "food hygiene", "bakery", "kitchen management", "Middle Eastern cuisine",
         "catering"),
        ("食品衛生責任者 (food hygiene manager)", "HACCP basics"),
        ("kitchen staff", "cook", "restaurant manager", "food factory staff", "bakery staff"),
        (("{city} Grand Hotel", "private"), ("{family} Restaurant", "self_employed"), ("{city} Catering", "private")),
        ("Head cook in a {n}-seat restaurant.", "Ran catering for weddings of up to {n} guests.",
         "Baker; opened at 4 a.m. six days a week."),
    ),
    _Profession(
        "Interpreter and translator", "通訳・翻訳者", "language services", "語学", 4,
        ("bachelor", "master"), ("linguistics", "English literature", "Japanese studies", "translation studies"),
        ("consecutive interpreting", "translation", "subtitling", "CAT tools (Trados)", "community interpreting",
         "proofreading"),
        ("IELTS 7.0", "DELF B2", "TOEIC 900"),
        ("interpreter", "translator", "multilingual customer support", "community liaison"),
        (("UNHCR", "international_organization"), ("freelance", "self_employed"),
         ("{city} Translation Office", "private"), ("International Rescue Committee", "ngo")),
        ("Interpreted for protection interviews and medical visits.",
         "Translated about {n} pages of legal and technical documents."),
    ),
    _Profession(
        "Automotive mechanic", "自動車整備士", "automotive", "自動車", 4,
        ("vocational", "secondary"), ("automotive technology", "mechanical engineering"),
        ("engine repair", "diagnostics", "welding", "hydraulic systems", "electrical wiring", "tyre fitting"),
        ("3級自動車整備士 (automobile mechanic, grade 3)", "Welding certificate (home country)"),
        ("car mechanic", "auto parts inspector", "factory operator", "used-car export staff"),
        (("{family} Auto Repair", "self_employed"), ("{city} Motors", "private"), ("{city} Bus Company", "government")),
        ("Repaired trucks and buses; diagnosed engine and brake faults.",
         "Ran a garage with {m} apprentices."),
    ),
    _Profession(
        "Electrician", "電気工", "electrical", "電気工事", 3,
        ("vocational", "secondary", "associate"), ("electrical engineering", "electrical installation"),
        ("electrical installation", "solar panel installation", "wiring", "maintenance", "reading schematics"),
        ("第二種電気工事士 (electrician, 2nd class)", "Electrical installation certificate (home country)"),
        ("electrician assistant", "maintenance technician", "solar installer"),
        (("{city} Electric", "private"), ("self-employed", "self_employed"), ("Ministry of Energy", "government")),
        ("Installed wiring in residential buildings; about {n} flats.", "Installed solar systems for clinics."),
    ),
    _Profession(
        "Construction worker", "建設作業員", "construction", "建設", 6,
        ("secondary", "primary", "vocational"), ("general studies", "construction technology"),
        ("demolition", "scaffolding", "interior finishing", "concrete work", "heavy equipment operation", "tiling"),
        ("玉掛け技能講習 (slinging)", "足場の組立て等作業従事者 (scaffolding)", "小型移動式クレーン (small mobile crane)"),
        ("construction worker", "demolition worker", "解体作業員", "interior finisher"),
        (("{family} Construction", "self_employed"), ("{city} Building Company", "private")),
        ("Worked on residential building sites; team of {m}.", "Tiling and plastering for houses and shops."),
    ),
    _Profession(
        "Tailor", "仕立て職人", "textiles and fashion", "繊維・ファッション", 3,
        ("vocational", "secondary", "primary"), ("fashion design", "textiles"),
        ("garment making", "pattern cutting", "industrial sewing machine", "alterations", "embroidery"),
        (),
        ("sewing operator", "alteration staff", "textile factory staff"),
        (("{family} Tailoring", "self_employed"), ("{city} Garment Factory", "private")),
        ("Made made-to-measure clothes; about {n} orders a month.", "Line supervisor in a garment factory."),
    ),
    _Profession(
        "Agronomist", "農業技術者", "agriculture", "農業", 3,
        ("bachelor", "vocational", "master"), ("agriculture", "agronomy", "veterinary science"),
        ("crop management", "irrigation", "soil analysis", "livestock care", "greenhouse farming", "food processing"),
        (),
        ("farm worker", "agricultural technician", "food processing staff"),
        (("Ministry of Agriculture", "government"), ("Food and Agriculture Organization", "international_organization"),
         ("family farm", "self_employed")),
        ("Advised {n} farmers on irrigation and seed varieties.", "Managed a {m}-hectare family farm."),
    ),
    _Profession(
        "Programme officer", "NGO職員", "humanitarian aid", "人道支援", 4,
        ("bachelor", "master"), ("development studies", "international relations", "sociology", "law"),
        ("project management", "monitoring and evaluation", "report writing", "community mobilisation",
         "grant writing", "KoboToolbox", "Excel"),
        ("PMD Pro", "Sphere Standards"),
        ("NGO staff", "project coordinator", "customer support", "administrative assistant", "HR assistant"),
        (("UNHCR", "international_organization"),
         ("International Organization for Migration", "international_organization"),
         ("Norwegian Refugee Council", "ngo"), ("Save the Children", "ngo"), ("Danish Refugee Council", "ngo")),
        ("Managed a livelihoods project for {n} households; budget USD {m}00,000.",
         "Coordinated distributions and wrote donor reports."),
    ),
    _Profession(
        "Journalist", "ジャーナリスト", "media", "メディア", 2,
        ("bachelor", "master"), ("journalism", "political science", "media studies"),
        ("reporting", "video editing", "photography", "social media", "investigative research", "Adobe Premiere"),
        (),
        ("video editor", "content writer", "social media marketer", "translator"),
        (("{city} Daily", "private"), ("freelance", "self_employed"), ("{city} Radio", "private")),
        ("Reporter; published about {n} articles a year.", "Produced short documentaries."),
    ),
    _Profession(
        "Lawyer", "法律家", "legal", "法律", 2,
        ("bachelor", "master"), ("law", "international law"),
        ("contract drafting", "legal research", "human rights law", "mediation", "case management"),
        ("Bar admission (home country)",),
        ("legal assistant", "compliance assistant", "paralegal", "administrative staff"),
        (("{family} Law Office", "self_employed"), ("Ministry of Justice", "government"),
         ("Legal aid centre", "ngo")),
        ("Represented clients in civil and family cases; about {n} cases.", "Legal adviser to a human rights group."),
    ),
    _Profession(
        "Sales associate", "販売員", "retail", "小売", 4,
        ("secondary", "associate", "bachelor"), ("business administration", "general studies"),
        ("customer service", "cash handling", "inventory management", "visual merchandising", "sales"),
        (),
        ("convenience store staff", "shop assistant", "hotel front desk", "sales staff"),
        (("{city} Supermarket", "private"), ("{family} Mobile Shop", "self_employed"), ("{city} Mall", "private")),
        ("Served about {n} customers a day; trusted with the till and stock counts.",),
    ),
    _Profession(
        "Researcher", "研究者", "research", "研究", 2,
        ("doctorate", "master"), ("chemistry", "physics", "economics", "biology", "mechanical engineering"),
        ("research", "data analysis", "R", "teaching", "academic writing", "laboratory techniques", "statistics"),
        (),
        ("research assistant", "lab technician", "lecturer", "data analyst"),
        (("{city} University", "academic"), ("National Research Centre", "government")),
        ("Published {m} peer-reviewed papers; supervised {n} students.", "Lecturer and laboratory manager."),
    ),
)
_PROFESSION_WEIGHTS = tuple(p.weight for p in _PROFESSIONS)

# Jobs people take after arriving in Japan: (title, employer, kind, sector, description)
_JAPAN_JOBS: tuple[tuple[str, str, str, str, str], ...] = (
    ("Line worker", "Saitama auto parts plant", "private", "manufacturing", "Assembly line; two-shift system."),
    ("Demolition worker", "Kawaguchi demolition subcontractor", "private", "construction",
     "Interior demolition and waste sorting."),
    ("Convenience store staff", "Convenience store in Shinjuku", "private", "retail",
     "Night shifts; till and stocking."),
    ("Kitchen staff", "Halal restaurant in Ikebukuro", "private", "food service", "Prep cook; about 80 covers a day."),
    ("Warehouse picker", "Logistics centre in Chiba", "private", "logistics",
     "Picking and packing with handheld scanners."),
    ("Volunteer interpreter", "Refugee support NGO in Tokyo", "ngo", "humanitarian aid",
     "Interpreted at legal consultations."),
    ("Care worker", "Nursing home in Gunma", "private", "elderly care", "Day-shift care for 20 residents."),
    ("Night-shift operator", "Bento factory in Kanagawa", "private", "food processing", "Food packing line."),
    ("English tutor", "Eikaiwa school in Nagoya", "private", "education", "Taught children's classes."),
    ("Cleaning staff", "Business hotel in Osaka", "private", "hospitality", "Room cleaning; 12-15 rooms a shift."),
    ("Research assistant", "University laboratory in Tsukuba", "academic", "research",
     "Part-time data entry and lab work."),
    ("Export assistant", "Used-car exporter in Chiba", "private", "trade",
     "Documents and customer contact in English."),
    ("Farm worker", "Vegetable farm in Ibaraki", "private", "agriculture", "Harvesting and packing."),
)

_JA_UNIVERSITIES = ("Kyushu University", "University of Tokyo", "Waseda University",
                    "Ritsumeikan Asia Pacific University", "Tokyo University of Foreign Studies", "Osaka University",
                    "Tohoku University", "Nagoya University", "Hokkaido University", "Sophia University")
_JA_LANGUAGE_SCHOOLS = ("Tokyo Japanese Language School", "Saitama Japanese Language Institute",
                        "Nagoya International Japanese School", "YMCA Japanese Language School",
                        "Refugee support Japanese class (volunteer)", "Sapporo Japanese Language Academy")

_EDU_JA = {"primary": "初等教育", "secondary": "中等教育", "vocational": "職業訓練", "associate": "短期大学",
           "bachelor": "学士号", "master": "修士号", "doctorate": "博士号", "other": "修了証"}

_PREFECTURES = ("Tokyo", "Kanagawa", "Saitama", "Chiba", "Aichi", "Osaka", "Hyogo", "Kyoto", "Fukuoka", "Gunma",
                "Ibaraki", "Shizuoka", "Hiroshima", "Miyagi", "Hokkaido", "Tochigi", "Nagano", "Niigata",
                "Okayama", "Kumamoto", "Mie", "Gifu")
_PREFECTURE_WEIGHTS = (30, 12, 12, 9, 8, 8, 4, 3, 5, 4, 4, 3, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1)

# (area, ward, prefecture, Japanese prefix)
_ADDRESSES: tuple[tuple[str, str, str, str], ...] = (
    ("Ikebukuro", "Toshima-ku", "Tokyo", "東京都豊島区池袋"),
    ("Takadanobaba", "Shinjuku-ku", "Tokyo", "東京都新宿区高田馬場"),
    ("Okubo", "Shinjuku-ku", "Tokyo", "東京都新宿区大久保"),
    ("Nishikasai", "Edogawa-ku", "Tokyo", "東京都江戸川区西葛西"),
    ("Kamata", "Ota-ku", "Tokyo", "東京都大田区蒲田"),
    ("Akabane", "Kita-ku", "Tokyo", "東京都北区赤羽"),
    ("Chuo", "Warabi-shi", "Saitama", "埼玉県蕨市中央"),
    ("Shiba", "Kawaguchi-shi", "Saitama", "埼玉県川口市芝"),
    ("Yotsukaido", "Yotsukaido-shi", "Chiba", "千葉県四街道市四街道"),
    ("Gyotoku-ekimae", "Ichikawa-shi", "Chiba", "千葉県市川市行徳駅前"),
    ("Honcho", "Tatebayashi-shi", "Gunma", "群馬県館林市本町"),
    ("Isezakicho", "Naka-ku, Yokohama-shi", "Kanagawa", "神奈川県横浜市中区伊勢佐木町"),
    ("Chuo", "Ebina-shi", "Kanagawa", "神奈川県海老名市中央"),
    ("Homicho", "Toyota-shi", "Aichi", "愛知県豊田市保見町"),
    ("Sakae", "Naka-ku, Nagoya-shi", "Aichi", "愛知県名古屋市中区栄"),
    ("Nambanaka", "Naniwa-ku, Osaka-shi", "Osaka", "大阪府大阪市浪速区難波中"),
    ("Kitamachi", "Nagata-ku, Kobe-shi", "Hyogo", "兵庫県神戸市長田区北町"),
    ("Hakata-ekimae", "Hakata-ku, Fukuoka-shi", "Fukuoka", "福岡県福岡市博多区博多駅前"),
    ("Sumiyoshi", "Chuo-ku, Hamamatsu-shi", "Shizuoka", "静岡県浜松市中央区住吉"),
    ("Azuma", "Tsukuba-shi", "Ibaraki", "茨城県つくば市吾妻"),
    ("Kokubuncho", "Aoba-ku, Sendai-shi", "Miyagi", "宮城県仙台市青葉区国分町"),
    ("Kamiyacho", "Naka-ku, Hiroshima-shi", "Hiroshima", "広島県広島市中区紙屋町"),
)
_BUILDINGS = (("Sunny Heights", "サニーハイツ"), ("Maison Aoi", "メゾン葵"), ("Green Court", "グリーンコート"),
              ("Palace Sakura", "パレス桜"), ("Heim Midori", "ハイムみどり"), ("Corpo Hikari", "コーポ光"))
# Where communities tend to live: nationality -> prefectures preferred for the address
_COMMUNITY = {"TR": ("Saitama",), "MM": ("Tokyo", "Gunma"), "NP": ("Tokyo",), "AF": ("Chiba", "Tokyo"),
              "UA": ("Tokyo", "Kanagawa", "Osaka"), "LK": ("Aichi", "Tokyo"), "BD": ("Tokyo", "Saitama"),
              "PK": ("Chiba", "Saitama")}

_COMPANY_PLACES = (("Hakata", "Fukuoka"), ("Aichi", "Aichi"), ("Shibuya", "Tokyo"), ("Kawaguchi", "Saitama"),
                   ("Yokohama", "Kanagawa"), ("Sendai", "Miyagi"), ("Hamamatsu", "Shizuoka"), ("Kobe", "Hyogo"),
                   ("Naniwa", "Osaka"), ("Tatebayashi", "Gunma"), ("Tsukuba", "Ibaraki"), ("Makuhari", "Chiba"),
                   ("Kyoto", "Kyoto"), ("Sapporo", "Hokkaido"), ("Hiroshima", "Hiroshima"), ("Okayama", "Okayama"),
                   ("Niigata", "Niigata"), ("Kumamoto", "Kumamoto"), ("Shinano", "Nagano"), ("Shinjuku", "Tokyo"),
                   ("Minato", "Tokyo"), ("Kawasaki", "Kanagawa"), ("Omiya", "Saitama"), ("Toyota", "Aichi"),
                   ("Kitakyushu", "Fukuoka"), ("Utsunomiya", "Tochigi"))
_COMPANY_KINDS = (("Logistics", "logistics"), ("Precision Parts", "manufacturing"), ("Knit Studio", "fashion"),
                  ("Foods", "food processing"), ("Care Services", "elderly care"), ("Construction", "construction"),
                  ("Systems", "IT"), ("Software Lab", "IT"), ("Trading", "trade"), ("Hotel Group", "hospitality"),
                  ("Auto Service", "automotive"), ("Recycling", "recycling"), ("Farm", "agriculture"),
                  ("Electric Works", "electrical"), ("Kitchen", "food service"), ("Design Office", "creative"),
                  ("Medical Corporation", "healthcare"), ("Translation Services", "language services"),
                  ("Demolition", "construction"), ("Metal Works", "manufacturing"), ("Engineering", "engineering"),
                  ("Garment", "fashion"), ("Packaging", "manufacturing"))
_COMPANY_SUFFIXES = ("Co.", "Co., Ltd.", "K.K.", "Inc.", "", "", "Group")
_JA_FAMILY = (("Sato", "佐藤"), ("Suzuki", "鈴木"), ("Takahashi", "高橋"), ("Tanaka", "田中"), ("Watanabe", "渡辺"),
              ("Ito", "伊藤"), ("Yamamoto", "山本"), ("Nakamura", "中村"), ("Kobayashi", "小林"), ("Kato", "加藤"),
              ("Yoshida", "吉田"), ("Yamada", "山田"), ("Morita", "森田"), ("Inoue", "井上"), ("Kimura", "木村"))
_JA_GIVEN = (("Kenji", "健二"), ("Yuko", "裕子"), ("Hiroshi", "浩"), ("Akiko", "明子"), ("Takeshi", "武"),
             ("Naoko", "直子"), ("Daisuke", "大輔"), ("Emi", "恵美"), ("Satoshi", "聡"), ("Mayumi", "真由美"),
             ("Kazuya", "和也"), ("Rie", "理恵"))
_COMPANY_ROLES = ("HR manager", "Recruiting officer", "Plant manager", "President", "General affairs",
                  "人事部長", "採用担当", "Diversity officer")
_COMPANY_NOTES = (
    "Has hired two people through us since 2023.", "Requires JLPT N3 or conversational Japanese.",
    "Provides a dormitory; night shifts possible.", "Interested in engineers; English-speaking team.",
    "Prefers a one-week paid trial before a contract.", "外国人雇用の経験あり。寮完備。", "日本語N3以上が必要。",
    "2024年から受け入れ実績あり。", "面接は社長が直接行う。",
)
_INTERVIEWERS = ("Caseworker A", "Caseworker B", "Caseworker C", "Tanaka", "Suzuki Mika", "Yamamoto (volunteer)",
                 "K. Nakamura", "佐藤", "伊藤")
_MAIL_DOMAINS = ("mail.example", "example.com", "example.net", "example.org", "inbox.example")

# ---- free-text templates: (English, Japanese) ----------------------------------------------

_TRAITS = (
    ("Punctual, calm under pressure and quick to learn.", "時間を守り、学ぶ意欲が高い。"),
    ("Works well in small teams and takes initiative.", "チームワークを大切にし、積極的に行動できる。"),
    ("Highly motivated to build a long-term career in Japan.", "日本で長く働きたいという意欲が強い。"),
    ("Patient and careful; references from former supervisors available.", "丁寧で忍耐強く、前職の上司からの推薦状あり。"),
    ("Comfortable with physical work and shift work.", "体力に自信があり、シフト勤務も可能。"),
    ("Has led teams of up to {n} people.", "最大{n}人のチームを率いた経験がある。"),
    ("Adapts quickly to new tools and procedures.", "新しい道具や手順にすぐに慣れる。"),
    ("Friendly with customers and good at explaining things simply.", "接客が得意で、わかりやすく説明できる。"),
)
_GOALS = (
    ("open a small business", "自分の店を開き"),
    ("bring the family to Japan", "家族を日本に呼び寄せ"),
    ("obtain a Japanese qualification in the field", "専門分野の日本の資格を取得し"),
    ("become a bridge between Japanese companies and the home region", "日本企業と出身地域の架け橋になり"),
    ("move into a management role", "管理職を目指し"),
    ("go back to the original profession", "元の専門職に戻り"),
)
_NOTES = (
    ("Rent arrears since {month}; referred to housing support.", "{month}から家賃を滞納。住居支援窓口を紹介済み。"),
    ("Needs help preparing a Japanese CV (rirekisho).", "履歴書の作成支援が必要。"),
    ("Prefers morning interviews because of childcare.", "子育てのため午前中の面接を希望。"),
    ("No bank account yet; ask the employer about paying wages through the support office.",
     "銀行口座がまだない。給与の受け取り方法を雇用主と要相談。"),
    ("A lawyer is handling the asylum appeal; copy them on anything about status.",
     "難民認定の審査請求は弁護士が担当。在留資格に関する連絡は弁護士にも共有。"),
    ("Attends Japanese class three times a week.", "週3回日本語教室に通っている。"),
    ("Lost contact for two months in {year}; reachable again now.", "{year}年に2か月連絡が途絶えたが、現在は連絡可能。"),
    ("Very anxious before interviews; practice sessions help.", "面接前は緊張が強い。模擬面接が効果的。"),
    ("Dismissed in {year} when the employer cut staff; money is tight.", "{year}年に人員削減で解雇。生活費が厳しい。"),
)
_HEALTH = (
    ("No known health issues.", "特記事項なし。"),
    ("Type 2 diabetes, managed with medication.", "2型糖尿病（服薬で管理）。"),
    ("Chronic back pain; should avoid lifting heavy loads.", "慢性的な腰痛があり、重い物の運搬は避けたい。"),
    ("Sleep problems and flashbacks; sees a counsellor monthly.", "不眠とフラッシュバックあり。月1回カウンセリングを受けている。"),
    ("Hearing loss in the left ear.", "左耳の難聴。"),
    ("No health insurance until {month}; worried about treatment costs.", "{month}まで健康保険未加入。医療費が心配。"),
    ("Old shrapnel injury to the leg; cannot stand for very long shifts.", "脚に古い負傷があり、長時間の立ち仕事は難しい。"),
)
_RESIDENCE_NOTES = (
    ("Provisional release (karihomen); reports to immigration every {n} months.", "仮放免中。{n}か月ごとに入管へ出頭。"),
    ("Renewal application submitted {month}; awaiting the result.", "{month}に更新申請済み、結果待ち。"),
    ("Second asylum application pending since {year}.", "{year}年から2回目の難民申請中。"),
    ("Work permitted up to 28 hours a week only.", "就労は週28時間まで。"),
    ("Changed from temporary visitor to designated activities in {year}.", "{year}年に短期滞在から特定活動へ変更。"),
    ("Card expiry date to be checked with the original.", "在留カードの期限は原本で要確認。"),
)
_INTERVIEW_NOTES = (
    ("Strong motivation; JLPT {lvl} exam planned.", "意欲が高い。日本語能力試験{lvl}を受験予定。"),
    ("Discussed the CV; certificates need translating.", "履歴書について相談。証明書の翻訳が必要。"),
    ("Mock interview went well; polite, clear answers.", "模擬面接は良好。丁寧で明確な受け答え。"),
    ("Worried about rent; referred to the emergency fund.", "家賃の支払いが不安。緊急支援基金を紹介。"),
    ("Interested in {company}; will prepare an application.", "{company}に関心あり。応募書類を準備する。"),
    ("Came with an interpreter ({lang}).", "通訳（{lang}）同席。"),
    ("Reviewed consent forms and explained how profiles are shared.", "同意書を確認し、プロフィール共有の仕組みを説明。"),
)
_FAMILY_NOTES_JAPAN = (
    ("Lives with the client in Japan.", "日本で同居。"),
    ("Dependent visa application pending.", "家族滞在の申請中。"),
    ("Looking for part-time work too.", "本人もアルバイトを探している。"),
)
_FAMILY_NOTES_SCHOOL = (("Attends a local school.", "地元の学校に通学中。"),)
_FAMILY_NOTES_ABROAD = (
    ("No contact since {year}.", "{year}年以降連絡が取れていない。"),
    ("Family reunification application being prepared.", "家族呼び寄せの申請準備中。"),
    ("In hiding; never contact directly.", "潜伏中。直接連絡しないこと。"),
    ("The client sends money every month.", "毎月仕送りをしている。"),
)

_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December")

_STATUS_PERMISSION = {
    "asylum_applicant": (("yes", 50), ("restricted", 20), ("no", 25), ("unknown", 5)),
    "refugee": (("yes", 1),),
    "complementary_protection": (("yes", 1),),
    "designated_activities": (("yes", 8), ("restricted", 2)),
    "humanitarian_stay": (("yes", 9), ("restricted", 1)),
    "other_visa": (("yes", 6), ("restricted", 4)),
    "no_status": (("no", 19), ("unknown", 1)),
    "unknown": (("unknown", 4), ("no", 1)),
}

_MIN_AGE_EXTRA = {"bachelor": 3, "master": 6, "doctorate": 10}  # years beyond 20
_EDU_EN = {"vocational": "vocational diploma", "associate": "associate degree", "bachelor": "bachelor's degree",
           "master": "master's degree", "doctorate": "doctorate"}

_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_TODAY = date(2026, 6, 1)  # the fixed "now" of the synthetic world (ages, expiries)


# --------------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------------

class _Random(random.Random):
    """``random.Random`` with cheaper ``choice``/``randint``/``randrange`` built on ``random()``.

    The bias of ``int(random() * n)`` is below 2**-40 for the small ``n`` used here, and it is about
    twice as fast as the rejection sampling of the standard methods, which dominated the run time.
    Still fully determined by the seed.
    """

    def choice(self, seq):  # type: ignore[override]
        return seq[int(self.random() * len(seq))]

    def randint(self, a: int, b: int) -> int:  # type: ignore[override]
        return a + int(self.random() * (b - a + 1))

    def randrange(self, n: int) -> int:  # type: ignore[override]  # only the one-argument form is used
        return int(self.random() * n)


def marker_token(marker: str, index: int) -> str:
    """The canary string put into dossier number ``index`` (0-based): ``f"{marker}-{index+1:06d}"``."""
    return f"{marker}-{index + 1:06d}"


def _ref(index: int) -> str:
    return f"{REF_PREFIX}{index + 1:06d}"


def _pick_weighted(rng: _Random, pairs: Sequence[tuple[str, int]]) -> str:
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    for value, weight in pairs:
        x -= weight
        if x < 0:
            return value
    return pairs[-1][0]


def _ascii(text: str) -> str:
    """Lower-case ASCII for e-mail addresses and handles: 'Grâce Doğan' -> 'grace.dogan'."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    out = []
    for ch in plain:
        if ch.isalnum():
            out.append(ch)
        elif ch in " -'.":
            out.append(".")
    return ".".join(p for p in "".join(out).split(".") if p) or "user"


def _date_between(rng: _Random, first: date, last: date) -> date:
    return date.fromordinal(rng.randint(first.toordinal(), last.toordinal()))


def _fmt(d: date, precision: int) -> str:
    """precision 1: YYYY, 2: YYYY-MM, 3: YYYY-MM-DD."""
    if precision == 1:
        return f"{d.year:04d}"
    if precision == 2:
        return f"{d.year:04d}-{d.month:02d}"
    return d.isoformat()


def _month_text(rng: _Random, ja: bool) -> str:
    year, month = rng.choice((2024, 2025, 2026)), rng.randint(1, 12)
    return f"{year}年{month}月" if ja else f"{_MONTHS_EN[month - 1]} {year}"


def _png(rng: _Random, width: int, height: int, colour: bool, text: str | None) -> bytes:
    """A small, valid PNG of noise; ``text`` goes into an iTXt 'Comment' chunk."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    channels = 3 if colour else 1
    row = width * channels
    raw = b"".join(b"\x00" + rng.randbytes(row) for _ in range(height))
    parts = [_PNG_SIGNATURE, chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2 if colour else 0, 0, 0, 0))]
    if text:
        parts.append(chunk(b"iTXt", b"Comment\x00\x00\x00\x00\x00" + text.encode("utf-8")))
    parts.append(chunk(b"IDAT", zlib.compress(raw, 6)))
    parts.append(chunk(b"IEND", b""))
    return b"".join(parts)


# --------------------------------------------------------------------------------------------
# Companies
# --------------------------------------------------------------------------------------------

def generate_companies(count: int, seed: int = 0) -> list[dict]:
    """``count`` companies with unique names. A shorter list is a prefix of a longer one."""
    if count < 0:
        raise ValueError("count must not be negative")
    rng = _Random(f"kakehashi-synthetic:companies:{seed}")
    names: set[str] = set()
    out: list[dict] = []
    for _ in range(count):
        for attempt in range(30):
            place, prefecture = rng.choice(_COMPANY_PLACES)
            kind, sector = rng.choice(_COMPANY_KINDS)
            suffix = rng.choice(_COMPANY_SUFFIXES)
            name = f"{place} {kind} {suffix}".strip()
            if attempt >= 20:
                name = f"{name} No. {len(out) + 1}"
            if name not in names:
                break
        names.add(name)
        company: dict = {"name": name, "sector": sector}
        if rng.random() < 0.9:
            company["prefecture"] = prefecture
        n_contacts = rng.choice((0, 1, 1, 1, 2))
        if n_contacts:
            slug = _ascii(f"{place} {kind}").replace(".", "-")
            contacts = []
            for _ in range(n_contacts):
                family, family_kanji = rng.choice(_JA_FAMILY)
                given, given_kanji = rng.choice(_JA_GIVEN)
                contact: dict = {"name": f"{family_kanji} {given_kanji}" if rng.random() < 0.3 else f"{given} {family}"}
                if rng.random() < 0.85:
                    contact["email"] = f"{family.lower()}@{slug}.example"
                if rng.random() < 0.6:
                    contact["phone"] = f"0{rng.randint(3, 99)}-{rng.randint(100, 9999)}-{rng.randint(1000, 9999)}"
                if rng.random() < 0.8:
                    contact["role"] = rng.choice(_COMPANY_ROLES)
                contacts.append(contact)
            company["contacts"] = contacts
        if rng.random() < 0.5:
            company["notes"] = rng.choice(_COMPANY_NOTES)
        out.append(company)
    return out


# --------------------------------------------------------------------------------------------
# Dossiers
# --------------------------------------------------------------------------------------------

class _Person(NamedTuple):
    full: str
    given: str | None
    family: str | None
    kana: str
    native: str
    first: str       # how the person is called in free text


def _make_name(rng: _Random, c: _Country, female: bool) -> _Person:
    pool = c.female if female else c.male
    g = rng.choice(pool)
    if c.style == "mono":
        return _Person(g[0], None, None, g[1], g[2], g[0].split()[0])
    if c.style == "patr":
        father = rng.choice(c.male)
        parts = [g[0], father[0]]
        if rng.random() < 0.3:
            grandfather = rng.choice(c.male)[0]
            if grandfather not in parts:
                parts.append(grandfather)
        native = f"{g[2]} {father[2]}" if g[2] and father[2] else ""
        return _Person(" ".join(parts), g[0], father[0], f"{g[1]}・{father[1]}", native, g[0])
    i = rng.randrange(len(c.family))
    fam = c.family_f[i] if female and c.family_f else c.family[i]
    middle = ""
    if rng.random() < 0.25:
        middle = rng.choice(c.family if c.nationality == "CD" else c.male)[0]
        if middle in (g[0], fam[0]):
            middle = ""
    full = " ".join(p for p in (g[0], middle, fam[0]) if p)
    native = f"{g[2]} {fam[2]}" if g[2] and fam[2] else ""
    return _Person(full, g[0], fam[0], f"{g[1]}・{fam[1]}", native, g[0])


def _relative_name(rng: _Random, c: _Country, person: _Person, female: bool, same_family: bool,
                   taken: set[str]) -> str:
    pool = c.female if female else c.male
    g = rng.choice(pool)[0]
    for _ in range(4):  # a child is rarely named like the parent or a sibling
        if g not in taken:
            break
        g = rng.choice(pool)[0]
    taken.add(g)
    if c.style == "mono":
        return g
    if c.style == "patr":
        return f"{g} {person.given}" if same_family else f"{g} {rng.choice(c.male)[0]}"
    if same_family and person.family:
        fam = person.family
        if c.family_f:  # Slavic feminine / masculine forms
            fam = _FAMILY_FORMS.get(fam, (fam, fam))[1 if female else 0]
        return f"{g} {fam}"
    i = rng.randrange(len(c.family))
    return f"{g} {(c.family_f[i] if female and c.family_f else c.family[i])[0]}"


def _phone_jp(rng: _Random) -> str:
    a, b, p = rng.randint(1000, 9999), rng.randint(1000, 9999), rng.choice("987")
    if rng.random() < 0.7:
        return f"0{p}0-{a}-{b}"
    return f"+81 {p}0 {a} {b}"


def _ja_level(rng: _Random, years_in_japan: int) -> str:
    table = (("N5", 30), ("N4", 30), ("N3", 20), ("N2", 8), ("N1", 2)) if years_in_japan < 3 else \
            (("N5", 10), ("N4", 25), ("N3", 30), ("N2", 22), ("N1", 8))
    return _pick_weighted(rng, table)


def iter_dossiers(
    count: int,
    seed: int = 0,
    *,
    documents: bool = False,
    marker: str | None = None,
    start: int = 0,
    company_names: Sequence[str] | None = None,
) -> Iterator[dict]:
    """Yield dossiers number ``start`` .. ``start + count - 1`` (refs ``SYN-{start+1:06d}`` ...).

    ``company_names`` are the names consent scopes and interview notes may refer to; by default
    those of ``generate_companies(12, seed)``, which is what ``generate_document`` uses with its
    default ``companies=12``.
    """
    if count < 0 or start < 0:
        raise ValueError("count and start must not be negative")
    if marker is not None and not (0 < len(marker) <= _MAX_MARKER):
        raise ValueError(f"marker must be 1 to {_MAX_MARKER} characters")
    names = tuple(c["name"] for c in generate_companies(_DEFAULT_COMPANIES, seed)) if company_names is None \
        else tuple(company_names)
    for index in range(start, start + count):
        yield _dossier(index, seed, names, documents, marker)


def generate_document(
    count: int,
    seed: int = 0,
    *,
    companies: int = _DEFAULT_COMPANIES,
    documents: bool = False,
    marker: str | None = None,
) -> dict:
    """A whole interchange document: ``companies`` companies and ``count`` dossiers.

    The cyclic garbage collector is paused while the list grows (the data has no reference
    cycles): otherwise its full passes over the growing list cost about 50% extra at 100,000.
    """
    company_list = generate_companies(companies, seed)
    names = [c["name"] for c in company_list]
    paused = gc.isenabled()
    gc.disable()
    try:
        dossiers = list(iter_dossiers(count, seed, documents=documents, marker=marker, company_names=names))
    finally:
        if paused:
            gc.enable()
    return {"format": FORMAT, "version": VERSION, "companies": company_list, "dossiers": dossiers}


def _dossier(index: int, seed: int, company_names: Sequence[str], with_documents: bool, marker: str | None) -> dict:
    rng = _Random(f"kakehashi-synthetic:{seed}:{index}")
    rand, choice, randint = rng.random, rng.choice, rng.randint
    tok = marker_token(marker, index) if marker is not None else None

    def mk(text: str) -> str:
        return text if tok is None else f"{text} {tok}"

    c = rng.choices(_COUNTRIES, weights=_COUNTRY_WEIGHTS)[0]
    prof = rng.choices(_PROFESSIONS, weights=_PROFESSION_WEIGHTS)[0]
    g = rand()
    gender = "male" if g < 0.6 else "female" if g < 0.95 else "undisclosed" if g < 0.99 else "nonbinary"
    female = gender == "female" or (gender not in ("male", "female") and rand() < 0.5)
    person = _make_name(rng, c, female)
    ja = rand() < 0.25  # the caseworker writes this dossier mostly in Japanese (about 31% of texts overall)

    def lang_ja() -> bool:
        return ja if rand() >= 0.12 else not ja

    def pick_text(pairs: Sequence[tuple[str, str]], **values: object) -> str:
        """One (English, Japanese) template in this dossier's language, months written to match."""
        en, jp = choice(pairs)
        use_ja = lang_ja()
        template = jp if use_ja else en
        if "{month}" in template:
            values["month"] = _month_text(rng, use_ja)
        return mk(template.format(**values))

    level = prof.edu[0] if rand() < 0.6 else choice(prof.edu)
    field = choice(prof.fields)

    # ---- ages and the timeline (20-65 in 2026, old enough for the degree) ----
    birth = _date_between(rng, date(1961, 1, 1), date(2006 - _MIN_AGE_EXTRA.get(level, 0), 5, 31))
    flight = max(randint(*c.flight), birth.year + 16)
    flight = min(flight, 2025)
    arrival = min(flight + (0 if rand() < 0.6 else randint(1, 4)), 2025)
    years_in_japan = 2026 - arrival
    age_at_flight = flight - birth.year

    d: dict = {"ref": _ref(index)}

    # ---- names ----
    names: dict = {"full": mk(person.full)}
    if person.given and rand() < 0.9:
        names["given"] = mk(person.given)
    if person.family and rand() < 0.9:
        names["family"] = mk(person.family)
    if rand() < 0.2:
        names["preferred"] = mk(person.first)
    aliases = []
    if rand() < 0.2:  # as printed on a passport or residence card: FAMILY GIVEN MIDDLE
        rest = person.full.replace(person.family, "", 1).split() if person.family else []
        aliases.append(" ".join([person.family, *rest]).upper() if person.family else person.full.upper())
    if rand() < 0.1:
        variant = person.full.replace("ou", "u").replace("ee", "i").replace("Mohammed", "Muhammad").replace("y", "i")
        if variant != person.full:
            aliases.append(variant)
    if aliases:
        names["aliases"] = [mk(a) for a in aliases]
    scripts = []
    if person.native and rand() < 0.7:
        scripts.append(person.native)
    if rand() < 0.92:
        scripts.append(person.kana)
    if scripts:
        names["other_scripts"] = [mk(s) for s in scripts]
    d["names"] = names

    # ---- identity ----
    r = rand()
    if r < 0.05:
        pass
    else:
        precision = 1 if r < (0.35 if c.nationality == "AF" else 0.15) else 2 if r < 0.28 else 3
        d["birth_date"] = _fmt(birth, precision)
    if rand() < 0.95:
        d["gender"] = gender
    if rand() < 0.93:
        nats = [c.nationality]
        if rand() < 0.03 and c.nationality not in ("XX",):
            nats.append(choice(("TR", "RU", "UG", "ET", "PK")))
            nats = list(dict.fromkeys(nats))
        d["nationalities"] = nats
    origin = choice(c.origins)
    if rand() < 0.95:
        d["country_of_origin"] = origin
    hometown = choice(c.towns)
    if rand() < 0.8:
        d["hometown"] = mk(hometown)

    # ---- contact ----
    contact: dict = {}
    r = rand()
    if r < 0.9:
        phones = [_phone_jp(rng)]
        if rand() < 0.15:
            phones.append(_phone_jp(rng))
        contact["phones"] = [mk(p) for p in phones]
    if rand() < 0.75:
        local = _ascii(person.full if rand() < 0.6 else person.first)
        if rand() < 0.5:
            local += str(randint(1, 99))
        domain = choice(_MAIL_DOMAINS)
        contact["emails"] = [f"{local}+{tok}@{domain}" if tok else f"{local}@{domain}"]
    if rand() < 0.7:
        pref_affinity = _COMMUNITY.get(c.nationality)
        options = [a for a in _ADDRESSES if pref_affinity and a[2] in pref_affinity] if pref_affinity and rand() < 0.6 \
            else _ADDRESSES
        area, ward, pref, ja_prefix = choice(options)
        n1, n2, n3 = randint(1, 5), randint(1, 30), randint(1, 20)
        if rand() < 0.35:
            address = f"{ja_prefix}{n1}-{n2}-{n3}"
            if rand() < 0.5:
                address += f" {choice(_BUILDINGS)[1]}{randint(1, 4)}0{randint(1, 6)}号室"
        else:
            address = f"{n1}-{n2}-{n3} {area}, {ward}, {pref}"
            if rand() < 0.4:
                address = f"{choice(_BUILDINGS)[0]} {randint(1, 4)}0{randint(1, 6)}, " + address
        contact["address"] = mk(address)
    else:
        pref = choice(_PREFECTURES)
    if rand() < 0.5:
        handle = _ascii(person.first).replace(".", "_") + str(randint(1, 999))
        app = choice(("WhatsApp", "Signal", "Telegram", "Viber", "LINE", "Facebook Messenger", "Instagram"))
        if app in ("WhatsApp", "Viber") and c.calling:
            value = f"{app} +{c.calling} {randint(10, 99)} {randint(100, 999)} {randint(1000, 9999)}"
        elif app == "LINE":
            value = f"LINE ID: {handle}"
        else:
            value = f"{app} @{handle}"
        contact["messaging"] = [mk(value)]
    if contact:
        d["contact"] = contact

    # ---- residence ----
    status = _pick_weighted(rng, c.statuses) if rand() < 0.96 else "unknown"
    permission = _pick_weighted(rng, _STATUS_PERMISSION[status])
    if rand() < 0.95:
        residence: dict = {"status": status, "work_permission": permission}
        if status not in ("no_status", "unknown") and rand() < 0.7:
            letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
            card = (f"{choice(letters)}{choice(letters)}{randint(10_000_000, 99_999_999)}"
                    f"{choice(letters)}{choice(letters)}")
            residence["card_number"] = mk(card)
        if status not in ("no_status", "unknown") and rand() < 0.8:
            expires = _date_between(rng, date(2025, 9, 1), date(2030, 3, 31))
            residence["expires"] = _fmt(expires, 3 if rand() < 0.9 else 2)
        if rand() < 0.4:
            pool = _RESIDENCE_NOTES[:1] if status == "no_status" else _RESIDENCE_NOTES[1:]
            residence["notes"] = pick_text(pool, n=choice((1, 2, 3)), year=randint(2022, 2025))
        d["residence"] = residence

    # ---- languages ----
    languages: list[dict] = []
    seen: set[str] = set()
    for tag, levels, prob in c.languages:
        if not languages or rand() < prob:
            languages.append({"language": tag, "level": choice(levels)})
            seen.add(tag)
    if "en" not in seen and rand() < 0.75:
        educated = prof.edu[0] in ("bachelor", "master", "doctorate")
        en_level = choice(("B2", "C1", "C2", "fluent", "business") if educated
                          else ("A1", "A2", "B1", "basic", "conversational"))
        languages.append({"language": "en", "level": en_level})
    if "fr" not in seen and rand() < 0.05:
        languages.append({"language": "fr", "level": choice(("A2", "B1", "B2"))})
    ja_level = None
    if rand() < 0.9:
        ja_level = _ja_level(rng, years_in_japan)
        languages.append({"language": "ja", "level": ja_level})
    for lang in languages:
        if rand() < 0.04:
            del lang["level"]
    d["languages"] = languages

    # ---- education ----
    education: list[dict] = []
    if rand() < 0.92:
        entry: dict = {"level": level}
        start_age = {"primary": 6, "secondary": 12, "vocational": 17, "associate": 18, "bachelor": 18, "master": 22,
                     "doctorate": 24}[level]
        length = {"primary": 6, "secondary": 6, "vocational": 2, "associate": 2, "bachelor": 4, "master": 2,
                  "doctorate": 4}[level]
        s_year = birth.year + start_age + randint(0, 2)
        e_year = s_year + length
        completed = e_year <= flight or rand() < 0.3
        in_japan = level in ("master", "doctorate") and rand() < 0.12
        if level not in ("primary", "secondary") or rand() < 0.7:
            entry["field"] = field if level not in ("primary", "secondary") else "general studies"
        if in_japan:
            entry["institution"] = choice(_JA_UNIVERSITIES)
            entry["country"] = "JP"
        elif rand() < 0.85:
            if level in ("bachelor", "master", "doctorate", "associate"):
                entry["institution"] = choice(c.universities)
            elif level == "vocational":
                entry["institution"] = f"{choice(c.towns).split(',')[0]} Technical and Vocational Institute"
            else:
                entry["institution"] = f"{choice(c.towns).split(',')[0]} Secondary School"
            entry["country"] = origin if origin != "XX" else "SY"
        if rand() < 0.5 and s_year <= 2026:
            entry["start_year"] = s_year
        if completed and e_year <= 2026:
            if rand() < 0.9:
                entry["end_year"] = e_year
            entry["completed"] = True
        elif rand() < 0.8:
            entry["completed"] = False
        education.append(entry)
    if rand() < 0.35 and arrival <= 2025:
        school_start = randint(arrival, 2025)
        lang_school: dict = {"level": "other", "field": "Japanese language",
                             "institution": choice(_JA_LANGUAGE_SCHOOLS), "country": "JP", "start_year": school_start}
        if school_start + 1 <= 2025:
            lang_school["end_year"] = school_start + 1
            lang_school["completed"] = rand() < 0.8
        education.append(lang_school)
    if education:
        d["education"] = education

    # ---- experience ----
    experience: list[dict] = []
    career_start = birth.year + {"primary": 16, "secondary": 19, "vocational": 20, "associate": 21, "bachelor": 23,
                                 "master": 25, "doctorate": 29}[level] + randint(0, 2)
    years_home = max(0, flight - career_start)
    total_years = 0
    city = choice(c.towns).split(",")[0]
    family_word = person.family or person.first.split()[-1]
    if years_home > 0:
        jobs = 1 if years_home < 5 else randint(1, 3)
        cursor = career_start
        span = max(1, years_home // jobs)
        for j in range(jobs):
            end_year = flight if j == jobs - 1 else min(flight, cursor + span + randint(-1, 1))
            if end_year <= cursor:
                break
            template, kind = choice(prof.employers)
            job: dict = {}
            ranked = prof.title not in ("Business owner", "Medical doctor")
            title = prof.title if j == jobs - 1 or rand() < 0.5 or not ranked else f"Assistant {prof.title.lower()}"
            if j == jobs - 1 and years_home > 8 and rand() < 0.4 and ranked:
                title = f"Senior {prof.title.lower()}"
            job["title"] = title
            if kind != "self_employed" or rand() < 0.5:
                job["employer"] = template.format(city=city, family=family_word)
            job["employer_kind"] = kind
            if rand() < 0.9:
                job["sector"] = prof.sector
            if rand() < 0.95:
                job["country"] = origin if origin != "XX" else choice(("SY", "LB", "MM", "BD"))
            precise = rand() < 0.5
            job["start"] = f"{cursor}-{randint(1, 12):02d}" if precise else str(cursor)
            job["end"] = f"{end_year}-{randint(1, 12):02d}" if precise else str(end_year)
            if rand() < 0.7:
                job["description"] = choice(prof.descriptions).format(n=randint(3, 60), m=randint(2, 15), city=city)
            total_years += end_year - cursor
            experience.append(job)
            cursor = end_year
    if permission in ("yes", "restricted") and arrival <= 2025 and rand() < 0.6:
        title, employer, kind, sector, description = choice(_JAPAN_JOBS)
        js = randint(arrival, 2025)
        job = {"title": title, "employer": employer, "employer_kind": kind, "sector": sector, "country": "JP",
               "start": f"{js}-{randint(1, 12):02d}"}
        if rand() < 0.6:
            je = min(js + randint(0, 2), 2026)
            job["end"] = f"{je}-{randint(1, 5 if je == 2026 else 12):02d}"
            if job["end"] < job["start"]:
                job["end"] = job["start"]
        if rand() < 0.6:
            job["description"] = description
        experience.append(job)
    if experience:
        experience.reverse()  # most recent first, as on a CV
        d["experience"] = experience

    # ---- skills, certificates, wishes ----
    skills = rng.sample(prof.skills, min(len(prof.skills), randint(2, 6)))
    if rand() < 0.25:
        skills.append(choice(_EXTRA_SKILLS))
    if rand() < 0.97:
        d["skills"] = skills
    certs = []
    if prof.certs and rand() < 0.45:
        for name in rng.sample(prof.certs, randint(1, min(2, len(prof.certs)))):
            cert: dict = {"name": name}
            if rand() < 0.8:
                low = min(max(career_start, 1985), 2025)
                cert["year"] = randint(low, min(low + 15, 2025))
            certs.append(cert)
    if ja_level in ("N1", "N2", "N3", "N4") and rand() < 0.5:
        certs.append({"name": f"JLPT {ja_level}", "year": randint(max(arrival, 2019), 2025)})
    if certs:
        d["certifications"] = certs
    roles = rng.sample(prof.roles, min(len(prof.roles), randint(1, 3)))
    if rand() < 0.3:
        roles.append(choice(_GENERIC_ROLES))
    if rand() < 0.95:
        d["desired_roles"] = list(dict.fromkeys(roles))
    address_pref = pref
    locations = [address_pref] if rand() < 0.8 else []
    for _ in range(randint(0, 2)):
        locations.append(rng.choices(_PREFECTURES, weights=_PREFECTURE_WEIGHTS)[0])
    locations = list(dict.fromkeys(locations))
    if locations:
        d["preferred_locations"] = locations
    if rand() < 0.9:
        types = ["full_time"] if rand() < 0.75 else []
        for t in ("part_time", "contract", "internship", "trial", "freelance"):
            if rand() < (0.25 if t in ("part_time", "contract") else 0.08):
                types.append(t)
        d["employment_types"] = types or ["part_time"]
    if rand() < 0.7:
        avail = _date_between(rng, date(2026, 1, 1), date(2026, 12, 31))
        d["available_from"] = _fmt(avail, choice((1, 2, 2, 2, 3)))

    # ---- summary and aspirations ----
    years = max(total_years, 1)
    s1, s2 = (skills + ["teamwork", "reliability"])[:2]
    mention = rand() < 0.2
    trait_en, trait_ja = choice(_TRAITS)
    n_team = randint(3, 20)
    if rand() < 0.9:
        if lang_ja():
            templates = ["{s1}と{s2}のスキルがあり、{sector_ja}分野での就職を希望。{trait}"]
            if total_years:
                templates += ["{sector_ja}分野で{years}年の経験を持つ{title_ja}。{s1}、{s2}が得意。{trait}",
                              "母国で{title_ja}として{years}年勤務。{s1}と{s2}に強みがある。{trait}"]
            if level in _EDU_EN:
                templates.append("{edu_ja}（{field}）を持つ{title_ja}。{s1}の経験が豊富。{trait}")
            text = choice(templates).format(sector_ja=prof.sector_ja, years=years, title_ja=prof.title_ja, s1=s1,
                                            s2=s2, edu_ja=_EDU_JA[level], field=field, trait=trait_ja.format(n=n_team))
            if ja_level:
                text += f"日本語は{ja_level}程度。"
            if mention:
                text = f"{person.first}さんは" + text
        else:
            spoken = [_LANGUAGE_NAMES[x["language"]][0] for x in languages if x["language"] != "ja"]
            templates = ["{title} who is good at {s1}; also experienced in {s2}. Speaks {spoken}. {trait}"]
            if total_years:
                templates.append("{title} with {years} of experience in {sector}. Strong in {s1} and {s2}. {trait}")
            if level in _EDU_EN:
                templates.append("{title} with {a} {level} in {field}; {s1} and {s2}. {trait}")
            edu_words = _EDU_EN.get(level, "")
            text = choice(templates).format(
                title=prof.title, years=f"{years} year{'s' if years != 1 else ''}", sector=prof.sector, s1=s1, s2=s2,
                a="an" if edu_words[:1] in ("a", "e", "i", "o", "u") else "a", level=edu_words, field=field,
                spoken=", ".join(spoken) or "English", trait=trait_en.format(n=n_team))
            if mention:
                text += f" {person.first} is easy to reach and keen to start."
        d["summary"] = mk(text)
    if rand() < 0.75:
        wished = d.get("desired_roles") or roles
        role = next((x for x in wished if x.isascii()), wished[0])
        goal_en, goal_ja = choice(_GOALS)
        where = locations[0] if locations else pref
        next_level = {"N5": "N4", "N4": "N3", "N3": "N2", "N2": "N1"}.get(ja_level or "N5", "N1")
        if lang_ja():
            text = choice((
                "{where}で「{role}」として働き、将来は{goal}たい。",
                "まずは「{role}」として経験を積み、日本語能力試験{next}合格を目指している。",
            )).format(where=where, role=role, goal=goal_ja, next=next_level)
        else:
            text = choice((
                "Wants to work in {where} in a role such as {role} and eventually {goal}.",
                "Hopes to use {pro} experience in a Japanese company; open to starting as {role}.",
                "Aims to pass JLPT {next} and find stable work ({role}).",
            )).format(role=role, where=where, goal=goal_en,
                      pro=prof.sector, next=next_level)
        d["aspirations"] = mk(text)

    # ---- restricted: story, family, health, notes ----
    reason_en, reason_ja = choice(c.reasons)
    pronoun = "his" if gender == "male" else "her" if gender == "female" else "their"
    reason_en = reason_en.replace("his or her", pronoun).replace(
        "him or her", {"his": "him", "their": "them"}.get(pronoun, pronoun))
    transit = choice(c.transit)
    if rand() < 0.8:
        if lang_ja():
            text = f"{reason_ja}ため、{flight}年に{hometown}を離れた。"
            via = arrival > flight or rand() < 0.4
            text += f"{transit}を経由して{arrival}年に来日。" if via else f"{arrival}年に来日。"
        else:
            text = f"Left {hometown} in {flight} {reason_en}."
            gap = arrival - flight
            text += (f" Spent {gap} year{'s' if gap > 1 else ''} in {transit} before reaching Japan in {arrival}."
                     if arrival > flight else f" Arrived in Japan in {arrival}.")
        d["story"] = mk(text)
    family: list[dict] = []
    taken = {person.first, person.given or ""}
    if age_at_flight > 22 and rand() < 0.6:
        spouse_female = not female
        member = {"name": _relative_name(rng, c, person, spouse_female, c.style == "slav" or rand() < 0.3, taken),
                  "relation": "wife" if spouse_female else "husband"}
        family.append(member)
    if age_at_flight > 24:
        for _ in range(choice((0, 0, 1, 2, 3))):
            child_female = rand() < 0.5
            family.append({"name": _relative_name(rng, c, person, child_female, not female or c.style == "slav", taken),
                           "relation": "daughter" if child_female else "son"})
    if rand() < 0.3:
        parent_female = rand() < 0.6
        family.append({"name": _relative_name(rng, c, person, parent_female, not parent_female, taken),
                       "relation": "mother" if parent_female else "father"})
    if rand() < 0.15:
        sib_female = rand() < 0.5
        family.append({"name": _relative_name(rng, c, person, sib_female, True, taken),
                       "relation": "sister" if sib_female else "brother"})
    for member in family:
        if rand() < 0.1:
            del member["name"]
        else:
            member["name"] = mk(member["name"])
        where = rand()
        in_japan = member["relation"] in ("wife", "husband", "son", "daughter") and where < 0.4
        if rand() < 0.85:
            loc = pref if in_japan else hometown if where < 0.7 else transit if where < 0.9 else "unknown"
            member["location"] = mk(loc)
        if rand() < 0.4:
            pool = (_FAMILY_NOTES_JAPAN + _FAMILY_NOTES_SCHOOL if member["relation"] in ("son", "daughter")
                    else _FAMILY_NOTES_JAPAN) if in_japan else _FAMILY_NOTES_ABROAD
            member["notes"] = pick_text(pool, year=randint(flight, 2025))
    if family:
        d["family"] = family
    if rand() < 0.4:
        d["health"] = pick_text(_HEALTH)
    if rand() < 0.6:
        d["notes"] = pick_text(_NOTES, year=randint(2023, 2025))

    # ---- interviews and consents ----
    n_interviews = choice((1, 1, 2, 2, 3, 4))
    first = _date_between(rng, date(2024, 1, 10), date(2026, 3, 31))
    dates = sorted({first, *(_date_between(rng, first, date(2026, 5, 31)) for _ in range(n_interviews - 1))})
    interviews = []
    for when in dates:
        interview: dict = {"date": when.isoformat()}
        if rand() < 0.9:
            interview["mode"] = choice(("in_person", "in_person", "online", "phone", "field_visit"))
        if rand() < 0.8:
            interview["interviewer"] = choice(_INTERVIEWERS)
        if rand() < 0.75:
            en, jp = choice(_INTERVIEW_NOTES)
            note_ja = lang_ja()
            other = [x["language"] for x in languages if x["language"] not in ("ja", "en")]
            lang = _LANGUAGE_NAMES[other[0] if other else "en"][1 if note_ja else 0]
            company = choice(company_names) if company_names else ("地元企業" if note_ja else "a local employer")
            interview["notes"] = mk((jp if note_ja else en).format(lvl=ja_level or "N5", company=company, lang=lang))
        interviews.append(interview)
    d["interviews"] = interviews

    consents: list[dict] = []
    methods = ("written", "written", "verbal", "digital")
    if rand() < 0.95:
        consent = {"purpose": "store", "given_on": dates[0].isoformat()}
        if rand() < 0.9:
            consent["method"] = choice(methods)
        consents.append(consent)
    if rand() < 0.7:
        given = choice(dates)
        consent = {"purpose": "share_anonymized_profile"}
        r = rand()
        if r < 0.5:
            consent["scope"] = "any"
        elif r < 0.75 and company_names:
            consent["scope"] = choice(company_names)
        consent["given_on"] = given.isoformat()
        if rand() < 0.25:
            consent["expires_on"] = date.fromordinal(given.toordinal() + randint(90, 730)).isoformat()
        if rand() < 0.1:
            withdrawn = _date_between(rng, given, max(given, _TODAY))
            consent["withdrawn_on"] = withdrawn.isoformat()
        if rand() < 0.9:
            consent["method"] = choice(methods)
        consents.append(consent)
    if rand() < 0.08 and company_names:
        consents.append({"purpose": "share_identity", "scope": choice(company_names),
                         "given_on": dates[-1].isoformat(), "method": "written"})
    if rand() < 0.1:
        consents.append({"purpose": "photo", "given_on": dates[-1].isoformat(), "method": choice(methods)})
    if consents:
        d["consents"] = consents

    if with_documents:
        d["documents"] = _documents(index, seed, d, person, c, origin, tok)
    return d


def _documents(
    index: int, seed: int, d: dict, person: _Person, c: _Country, origin: str, tok: str | None
) -> list[dict]:
    """1-2 small attachments, from their own random stream so that the rest never depends on them."""
    rng = _Random(f"kakehashi-synthetic:documents:{seed}:{index}")
    stem = _ascii(person.full).replace(".", "_")
    card = d.get("residence", {}).get("card_number")
    kinds = ["cv", "passport", "photo", "certificate"] + (["residence_card"] if card else [])
    chosen = rng.sample(kinds, rng.choice((1, 1, 2)))
    if rng.random() < 0.1 and len(chosen) == 1:
        chosen.append("other")
    out: list[dict] = []
    for kind in chosen:
        doc: dict = {"kind": kind}
        if kind in ("cv", "other"):
            lines = [person.full if tok is None else f"{person.full} {tok}",
                     "Curriculum vitae" if kind == "cv" else "Letter of recommendation", ""]
            lines += [f"Skills: {', '.join(d.get('skills', []))}"]
            for job in d.get("experience", []):
                period = f"{job.get('start', '')}-{job.get('end', '')}"
                lines.append(f"- {job.get('title', '')}, {job.get('employer', '')} ({period})")
            lines += ["", d.get("summary", "")]
            while sum(len(x) for x in lines) < rng.randint(300, 1200):
                lines.append("References available on request. " * rng.randint(1, 3))
            content = "\n".join(lines).encode("utf-8")
            doc["file_name"] = f"{'CV' if kind == 'cv' else 'letter'}_{stem}{'_' + tok if tok else ''}.txt"
            doc["media_type"] = "text/plain; charset=utf-8"
        else:
            if kind == "passport":
                letters = "ABCDEFGHKLMNPRSTUVXYZ"
                prefix = rng.choice(letters) + (rng.choice(letters) if rng.random() < 0.5 else "")
                number = f"{prefix}{rng.randint(1_000_000, 99_999_999)}"
                doc["number"] = number if tok is None else f"{number} {tok}"
                if c.nationality != "XX":
                    doc["issuer_country"] = c.nationality
            elif kind == "residence_card":
                doc["number"] = card
                doc["issuer_country"] = "JP"
            elif kind == "certificate" and origin not in ("XX",):
                doc["issuer_country"] = origin
            width, height = (rng.randint(16, 24), rng.randint(20, 28)) if kind == "photo" else \
                (rng.randint(28, 48), rng.randint(18, 32))
            content = _png(rng, width, height, kind == "photo", tok)
            doc["file_name"] = f"{kind}_{stem}{'_' + tok if tok else ''}.png"
            doc["media_type"] = "image/png"
        doc["content_base64"] = base64.b64encode(content).decode("ascii")
        out.append(doc)
    return out


if __name__ == "__main__":  # pragma: no cover - handy for a quick look: python -m app.synthetic 3
    import json
    import sys

    n = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    print(json.dumps(generate_document(n, int(sys.argv[2]) if len(sys.argv) > 2 else 0), ensure_ascii=False, indent=1))
