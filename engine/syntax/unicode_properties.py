"""Unicode property names and values accepted by RegExp property escapes (\\p{...}, \\P{...}).

https://tc39.es/ecma262/#sec-runtime-semantics-unicodematchproperty-p and
#sec-runtime-semantics-unicodematchpropertyvalue-p: names and values match exactly
(case-sensitive, no loose matching), canonical names and their aliases alike.

The value tables are PropertyValueAliases.txt of Unicode 17.0 (General_Category and
Script; Script_Extensions takes the Script values), written as ``alias=Canonical``
or just ``Canonical``. They are data only: which code points a property holds is the
matcher's concern, not the syntax checker's.
"""
from __future__ import annotations

# https://tc39.es/ecma262/#table-nonbinary-unicode-properties
NON_BINARY_PROPERTIES: dict[str, str] = {
    "General_Category": "General_Category",
    "gc": "General_Category",
    "Script": "Script",
    "sc": "Script",
    "Script_Extensions": "Script_Extensions",
    "scx": "Script_Extensions",
}

# https://tc39.es/ecma262/#table-binary-unicode-properties (alias=Canonical or Canonical).
_BINARY = """
ASCII AHex=ASCII_Hex_Digit ASCII_Hex_Digit Alpha=Alphabetic Alphabetic Any Assigned
Bidi_C=Bidi_Control Bidi_Control Bidi_M=Bidi_Mirrored Bidi_Mirrored CI=Case_Ignorable Case_Ignorable
Cased CWCF=Changes_When_Casefolded Changes_When_Casefolded CWCM=Changes_When_Casemapped
Changes_When_Casemapped CWL=Changes_When_Lowercased Changes_When_Lowercased
CWKCF=Changes_When_NFKC_Casefolded Changes_When_NFKC_Casefolded CWT=Changes_When_Titlecased
Changes_When_Titlecased CWU=Changes_When_Uppercased Changes_When_Uppercased Dash
DI=Default_Ignorable_Code_Point Default_Ignorable_Code_Point Dep=Deprecated Deprecated Dia=Diacritic
Diacritic Emoji EComp=Emoji_Component Emoji_Component EMod=Emoji_Modifier Emoji_Modifier
EBase=Emoji_Modifier_Base Emoji_Modifier_Base EPres=Emoji_Presentation Emoji_Presentation
ExtPict=Extended_Pictographic Extended_Pictographic Ext=Extender Extender Gr_Base=Grapheme_Base
Grapheme_Base Gr_Ext=Grapheme_Extend Grapheme_Extend Hex=Hex_Digit Hex_Digit IDSB=IDS_Binary_Operator
IDS_Binary_Operator IDST=IDS_Trinary_Operator IDS_Trinary_Operator IDC=ID_Continue ID_Continue
IDS=ID_Start ID_Start Ideo=Ideographic Ideographic Join_C=Join_Control Join_Control
LOE=Logical_Order_Exception Logical_Order_Exception Lower=Lowercase Lowercase Math
NChar=Noncharacter_Code_Point Noncharacter_Code_Point Pat_Syn=Pattern_Syntax Pattern_Syntax
Pat_WS=Pattern_White_Space Pattern_White_Space QMark=Quotation_Mark Quotation_Mark Radical
RI=Regional_Indicator Regional_Indicator STerm=Sentence_Terminal Sentence_Terminal SD=Soft_Dotted
Soft_Dotted Term=Terminal_Punctuation Terminal_Punctuation UIdeo=Unified_Ideograph Unified_Ideograph
Upper=Uppercase Uppercase VS=Variation_Selector Variation_Selector space=White_Space White_Space
XIDC=XID_Continue XID_Continue XIDS=XID_Start XID_Start
"""

# https://tc39.es/ecma262/#table-binary-unicode-properties-of-strings (only with the v flag).
STRING_PROPERTIES: frozenset[str] = frozenset(
    """
    Basic_Emoji Emoji_Keycap_Sequence RGI_Emoji_Modifier_Sequence RGI_Emoji_Flag_Sequence
    RGI_Emoji_Tag_Sequence RGI_Emoji_ZWJ_Sequence RGI_Emoji
    """.split()
)

_GENERAL_CATEGORY = """
C=Other Cc=Control cntrl=Control Cf=Format Cn=Unassigned Co=Private_Use Cs=Surrogate L=Letter
LC=Cased_Letter Ll=Lowercase_Letter Lm=Modifier_Letter Lo=Other_Letter Lt=Titlecase_Letter
Lu=Uppercase_Letter M=Mark Combining_Mark=Mark Mc=Spacing_Mark Me=Enclosing_Mark
Mn=Nonspacing_Mark N=Number Nd=Decimal_Number digit=Decimal_Number Nl=Letter_Number
No=Other_Number P=Punctuation punct=Punctuation Pc=Connector_Punctuation Pd=Dash_Punctuation
Pe=Close_Punctuation Pf=Final_Punctuation Pi=Initial_Punctuation Po=Other_Punctuation
Ps=Open_Punctuation S=Symbol Sc=Currency_Symbol Sk=Modifier_Symbol Sm=Math_Symbol
So=Other_Symbol Z=Separator Zl=Line_Separator Zp=Paragraph_Separator Zs=Space_Separator Other
Control Format Unassigned Private_Use Surrogate Letter Cased_Letter Lowercase_Letter
Modifier_Letter Other_Letter Titlecase_Letter Uppercase_Letter Mark Spacing_Mark Enclosing_Mark
Nonspacing_Mark Number Decimal_Number Letter_Number Other_Number Punctuation
Connector_Punctuation Dash_Punctuation Close_Punctuation Final_Punctuation Initial_Punctuation
Other_Punctuation Open_Punctuation Symbol Currency_Symbol Modifier_Symbol Math_Symbol
Other_Symbol Separator Line_Separator Paragraph_Separator Space_Separator
"""

_SCRIPT = """
Adlm=Adlam Aghb=Caucasian_Albanian Ahom Arab=Arabic Armi=Imperial_Aramaic Armn=Armenian
Avst=Avestan Bali=Balinese Bamu=Bamum Bass=Bassa_Vah Batk=Batak Beng=Bengali Berf=Beria_Erfe
Bhks=Bhaiksuki Bopo=Bopomofo Brah=Brahmi Brai=Braille Bugi=Buginese Buhd=Buhid Cakm=Chakma
Cans=Canadian_Aboriginal Cari=Carian Cham Cher=Cherokee Chrs=Chorasmian Copt=Coptic Qaac=Coptic
Cpmn=Cypro_Minoan Cprt=Cypriot Cyrl=Cyrillic Deva=Devanagari Diak=Dives_Akuru Dogr=Dogra
Dsrt=Deseret Dupl=Duployan Egyp=Egyptian_Hieroglyphs Elba=Elbasan Elym=Elymaic Ethi=Ethiopic
Gara=Garay Geor=Georgian Glag=Glagolitic Gong=Gunjala_Gondi Gonm=Masaram_Gondi Goth=Gothic
Gran=Grantha Grek=Greek Gujr=Gujarati Gukh=Gurung_Khema Guru=Gurmukhi Hang=Hangul Hani=Han
Hano=Hanunoo Hatr=Hatran Hebr=Hebrew Hira=Hiragana Hluw=Anatolian_Hieroglyphs Hmng=Pahawh_Hmong
Hmnp=Nyiakeng_Puachue_Hmong Hrkt=Katakana_Or_Hiragana Hung=Old_Hungarian Ital=Old_Italic
Java=Javanese Kali=Kayah_Li Kana=Katakana Kawi Khar=Kharoshthi Khmr=Khmer Khoj=Khojki
Kits=Khitan_Small_Script Knda=Kannada Krai=Kirat_Rai Kthi=Kaithi Lana=Tai_Tham Laoo=Lao
Latn=Latin Lepc=Lepcha Limb=Limbu Lina=Linear_A Linb=Linear_B Lisu Lyci=Lycian Lydi=Lydian
Mahj=Mahajani Maka=Makasar Mand=Mandaic Mani=Manichaean Marc=Marchen Medf=Medefaidrin
Mend=Mende_Kikakui Merc=Meroitic_Cursive Mero=Meroitic_Hieroglyphs Mlym=Malayalam Modi
Mong=Mongolian Mroo=Mro Mtei=Meetei_Mayek Mult=Multani Mymr=Myanmar Nagm=Nag_Mundari
Nand=Nandinagari Narb=Old_North_Arabian Nbat=Nabataean Newa Nkoo=Nko Nshu=Nushu Ogam=Ogham
Olck=Ol_Chiki Onao=Ol_Onal Orkh=Old_Turkic Orya=Oriya Osge=Osage Osma=Osmanya Ougr=Old_Uyghur
Palm=Palmyrene Pauc=Pau_Cin_Hau Perm=Old_Permic Phag=Phags_Pa Phli=Inscriptional_Pahlavi
Phlp=Psalter_Pahlavi Phnx=Phoenician Plrd=Miao Prti=Inscriptional_Parthian Rjng=Rejang
Rohg=Hanifi_Rohingya Runr=Runic Samr=Samaritan Sarb=Old_South_Arabian Saur=Saurashtra
Sgnw=SignWriting Shaw=Shavian Shrd=Sharada Sidd=Siddham Sidt=Sidetic Sind=Khudawadi
Sinh=Sinhala Sogd=Sogdian Sogo=Old_Sogdian Sora=Sora_Sompeng Soyo=Soyombo Sund=Sundanese
Sunu=Sunuwar Sylo=Syloti_Nagri Syrc=Syriac Tagb=Tagbanwa Takr=Takri Tale=Tai_Le
Talu=New_Tai_Lue Taml=Tamil Tang=Tangut Tavt=Tai_Viet Tayo=Tai_Yo Telu=Telugu Tfng=Tifinagh
Tglg=Tagalog Thaa=Thaana Thai Tibt=Tibetan Tirh=Tirhuta Tnsa=Tangsa Todr=Todhri
Tols=Tolong_Siki Toto Tutg=Tulu_Tigalari Ugar=Ugaritic Vaii=Vai Vith=Vithkuqi Wara=Warang_Citi
Wcho=Wancho Xpeo=Old_Persian Xsux=Cuneiform Yezi=Yezidi Yiii=Yi Zanb=Zanabazar_Square
Zinh=Inherited Qaai=Inherited Zyyy=Common Zzzz=Unknown Adlam Caucasian_Albanian Arabic
Imperial_Aramaic Armenian Avestan Balinese Bamum Bassa_Vah Batak Bengali Beria_Erfe Bhaiksuki
Bopomofo Brahmi Braille Buginese Buhid Chakma Canadian_Aboriginal Carian Cherokee Chorasmian
Coptic Cypro_Minoan Cypriot Cyrillic Devanagari Dives_Akuru Dogra Deseret Duployan
Egyptian_Hieroglyphs Elbasan Elymaic Ethiopic Garay Georgian Glagolitic Gunjala_Gondi
Masaram_Gondi Gothic Grantha Greek Gujarati Gurung_Khema Gurmukhi Hangul Han Hanunoo Hatran
Hebrew Hiragana Anatolian_Hieroglyphs Pahawh_Hmong Nyiakeng_Puachue_Hmong Katakana_Or_Hiragana
Old_Hungarian Old_Italic Javanese Kayah_Li Katakana Kharoshthi Khmer Khojki Khitan_Small_Script
Kannada Kirat_Rai Kaithi Tai_Tham Lao Latin Lepcha Limbu Linear_A Linear_B Lycian Lydian
Mahajani Makasar Mandaic Manichaean Marchen Medefaidrin Mende_Kikakui Meroitic_Cursive
Meroitic_Hieroglyphs Malayalam Mongolian Mro Meetei_Mayek Multani Myanmar Nag_Mundari
Nandinagari Old_North_Arabian Nabataean Nko Nushu Ogham Ol_Chiki Ol_Onal Old_Turkic Oriya Osage
Osmanya Old_Uyghur Palmyrene Pau_Cin_Hau Old_Permic Phags_Pa Inscriptional_Pahlavi
Psalter_Pahlavi Phoenician Miao Inscriptional_Parthian Rejang Hanifi_Rohingya Runic Samaritan
Old_South_Arabian Saurashtra SignWriting Shavian Sharada Siddham Sidetic Khudawadi Sinhala
Sogdian Old_Sogdian Sora_Sompeng Soyombo Sundanese Sunuwar Syloti_Nagri Syriac Tagbanwa Takri
Tai_Le New_Tai_Lue Tamil Tangut Tai_Viet Tai_Yo Telugu Tifinagh Tagalog Thaana Tibetan Tirhuta
Tangsa Todhri Tolong_Siki Tulu_Tigalari Ugaritic Vai Vithkuqi Warang_Citi Wancho Old_Persian
Cuneiform Yezidi Yi Zanabazar_Square Inherited Common Unknown
"""


def _aliases(table: str) -> dict[str, str]:
    """{name or alias: canonical name} from ``alias=Canonical`` and ``Canonical`` items."""
    out: dict[str, str] = {}
    for item in table.split():
        alias, _, canonical = item.partition("=")
        out[alias] = canonical or alias
    return out


BINARY_PROPERTIES: dict[str, str] = _aliases(_BINARY)
GENERAL_CATEGORY_VALUES: dict[str, str] = _aliases(_GENERAL_CATEGORY)
SCRIPT_VALUES: dict[str, str] = _aliases(_SCRIPT)
