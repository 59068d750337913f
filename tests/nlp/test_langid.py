import pytest

from nlp.langid import detect

SAMPLES = [
    ("The police officer did not believe me at all.", "en"),
    ("Nid oedd yr heddlu yn fy nghredu o gwbl.", "cy"),
    ("Policja w ogóle mi nie uwierzyła.", "pl"),
    ("Poliția nu m-a crezut deloc și m-am simțit singură.", "ro"),
    ("Booliisku ima aaminin waxaanan dareemay cabsi.", "so"),
    ("A polícia não acreditou em mim e senti-me sozinha.", "pt"),
    ("La police ne m'a pas crue du tout.", "fr"),
    ("پولیس نے میری بات پر بالکل یقین نہیں کیا", "ur"),
    ("الشرطة لم تصدقني على الإطلاق.", "ar"),
    ("پلیس اصلاً حرفم را باور نکرد.", "fa"),
    ("پولیسو زما په خبره هېڅ باور ونه کړ.", "ps"),
    ("پۆلیس هیچ باوەڕی پێ نەکردم.", "ckb"),
    ("ਪੁਲਿਸ ਨੇ ਮੇਰੇ ਉੱਤੇ ਬਿਲਕੁਲ ਵਿਸ਼ਵਾਸ ਨਹੀਂ ਕੀਤਾ।", "pa"),
    ("પોલીસે મારા પર બિલકુલ વિશ્વાસ ન કર્યો.", "gu"),
    ("পুলিশ আমাকে একদমই বিশ্বাস করেনি।", "bn"),
    ("ፖሊስ ፈጺሙ ኣይኣመኑንን።", "ti"),
    ("警察根本不相信我。", "zh"),
]


@pytest.mark.parametrize(("text", "lang"), SAMPLES)
def test_each_script_and_language(text: str, lang: str) -> None:
    assert detect(text) == lang


def test_form_locale_is_a_hint_not_an_order() -> None:
    # Short Arabic-script text with no distinctive letters: the form's locale decides.
    assert detect("سلام", "fa") == "fa"
    assert detect("سلام", "ur") == "ur"
    # Urdu-only letters outweigh a Persian form locale.
    assert detect("پولیس نے میری بات پر یقین نہیں کیا", "fa") == "ur"
    # A full English sentence sent from the Welsh form is English.
    assert detect("The police did not believe me and I felt alone.", "cy") == "en"
    assert detect("Diolch", "cy") == "cy"
    assert detect("我很好", "zh_Hans") == "zh"


def test_text_without_letters_falls_back_to_hint() -> None:
    assert detect("123 !!", "pl") == "pl"
    assert detect("...") == "und"
