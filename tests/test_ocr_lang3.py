"""OCR of scans (round 25): a roman label Tesseract reads with an "H" for its "II" ("H. NHIỆM VỤ",
"HI TỔ CHỨC THỰC HIỆN"), or with a speck of its tab leader before the heading ("II ˆ TỔ CHỨC",
"I. — NHIỆM VỤ"), is put back by the sequence of the labels around it. Text only: no test here
runs Tesseract."""

from __future__ import annotations

from section_support import parsed_paths as _paths

PLAN = (
    "{one} MỤC ĐÍCH, YÊU CẦU\n"
    "1. Mục đích\n"
    "Nâng cao chất lượng phục vụ người dân tại bộ phận tiếp nhận và trả kết quả.\n"
    "{two} NHIỆM VỤ, GIẢI PHÁP\n"
    "1. Nhiệm vụ chung\n"
    "Phòng Tư pháp chủ trì rà soát thủ tục, hoàn thành trước ngày 30/6/2026.\n"
    "2. Nhiệm vụ cụ thể\n"
    "Các xã báo cáo kết quả trước ngày 15/7/2026.\n"
    "{three} TỔ CHỨC THỰC HIỆN\n"
    "Văn phòng theo dõi, đôn đốc việc thực hiện Kế hoạch này.\n"
)
RIGHT = ["I", "I.1", "II", "II.1", "II.2", "III"]


def test_clean_labels() -> None:
    assert _paths(PLAN.format(one="I.", two="II.", three="III.")) == RIGHT


def test_h_read_for_two_strokes() -> None:
    assert _paths(PLAN.format(one="L.", two="H.", three="HI")) == RIGHT
    assert _paths(PLAN.format(one="I.", two="H.", three="II.")) == RIGHT


def test_speck_between_label_and_heading() -> None:
    assert _paths(PLAN.format(one="I.", two="I. \u2014", three="HI \u02c6")) == RIGHT
    assert _paths(PLAN.format(one="L", two="II \u02c6", three="III.")) == RIGHT


def test_capitals_of_a_name_are_no_labels() -> None:
    text = "Kính gửi:\nH. NGUYỄN VĂN AN\nHI VÀ CỘNG SỰ\nNội dung thư.\n"

    assert _paths(text) == []


def test_labels_read_apart_from_their_lines() -> None:
    # the part's label and its first item's number read in a column of their own, over the lines
    text = PLAN.format(one="I.", two="H.\n1.\n\u2014", three="III.").replace("\u2014 NHIỆM VỤ, GIẢI PHÁP\n1. ", "\u2014 NHIỆM VỤ, GIẢI PHÁP\n")
    assert _paths(text) == RIGHT
    text = PLAN.format(one="I.", two="IIR\n1.\n", three="HI").replace("\n NHIỆM VỤ, GIẢI PHÁP\n1. ", "\nNHIỆM VỤ, GIẢI PHÁP\n")
    assert _paths(text) == RIGHT


def test_a_lone_label_over_a_list_stays() -> None:
    # no item's heading under the part's: nothing to put back
    text = PLAN.format(one="I.", two="II.\n1.\n", three="III.").replace("\n NHIỆM VỤ, GIẢI PHÁP\n1. Nhiệm vụ chung", "\nNHIỆM VỤ, GIẢI PHÁP\n- chung")
    assert "II" not in _paths(text)


def test_label_leader_read_as_dots() -> None:
    text = (
        "2. Nhiệm vụ trọng tâm\n"
        "2.1. Về công tác tuyên truyền: Ban Tuyên giáo thực hiện trước ngày 15/4/2026.\n"
        "2.2. _ Về công tác xây dựng Đảng: các chi bộ rà soát hồ sơ đảng viên.\n"
        "2.3... Về công tác kiểm tra: Ủy ban Kiểm tra Đảng ủy báo cáo trước ngày 30/6/2026.\n"
    )
    assert _paths(text) == ["2", "2.1", "2.2", "2.3"]
