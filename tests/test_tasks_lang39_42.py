"""Tasks of a State decision's articles (round 39, helper 42): an article that gives work with no
time ("Điều 2. Giao Sở Tài chính chủ trì, phối hợp ... bố trí kinh phí", "Điều 3. Sở ... có trách
nhiệm hướng dẫn ...") is a task, as a numbered item is; the closing article that names those the
decision binds ("... chịu trách nhiệm thi hành Quyết định này", "... căn cứ Quyết định thi hành")
and the articles that approve, issue or set the date of effect are none."""

from __future__ import annotations

from pathlib import Path

import pytest

import ndq57

_FIXTURES = Path(__file__).parent / "fixtures"
_HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH ĐÔNG GIANG\n\nSố: 15/QĐ-UBND\n\nĐông Giang, ngày 07 tháng 12 năm 2026\n\n"
    "QUYẾT ĐỊNH\nVề việc giao nhiệm vụ\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n\nQUYẾT ĐỊNH:\n\n"
)


def _tasks(body: str) -> list[tuple[str | None, list[tuple[str, str]]]]:
    doc = ndq57.parse(_HEAD + body + "\n\nNơi nhận:\n- Lưu: VT.\n\nCHỦ TỊCH\n\nLê Văn Bình\n").to_dict()
    return [(t["section"], [(o["canonical"], o["role"]) for o in t["owners"]]) for t in doc["tasks"]]


def test_fixture_articles() -> None:
    path = _FIXTURES / "qd_article_tasks_lang39_42.txt"
    doc = ndq57.parse(path.read_text(encoding="utf-8"), source=str(path)).to_dict()
    got = {t["section"]: [(o["canonical"], o["role"]) for o in t["owners"]] for t in doc["tasks"]}
    assert sorted(got) == ["Điều 1", "Điều 2", "Điều 3", "Điều 4"]
    assert got["Điều 2"] == [("Sở Tài chính", "lead"), ("Sở Nông nghiệp và Môi trường", "coordinate")]
    assert got["Điều 3"] == [("Sở Khoa học và Công nghệ", "lead")]
    # (the budget year of Điều 2 is no deadline)
    assert [d["due"] for d in doc["deadlines"]] == ["2027-06-30T16:00", "2027-01-05T10:00"]


@pytest.mark.parametrize(
    ("article", "owners"),
    [
        (
            "Điều 2. Giao Văn phòng Ủy ban nhân dân tỉnh theo dõi, đôn đốc việc thực hiện Quyết định này.",
            [("Văn phòng Ủy ban nhân dân tỉnh", "lead")],
        ),
        (
            "Điều 2. Giao Sở Y tế chủ trì, phối hợp với Sở Tài chính lựa chọn đơn vị cung ứng thuốc.",
            [("Sở Y tế", "lead"), ("Sở Tài chính", "coordinate")],
        ),
        (
            "**Điều 2.** Sở Nội vụ có trách nhiệm hướng dẫn các xã, phường kiện toàn bộ máy.",
            [("Sở Nội vụ", "lead")],
        ),
        (
            "Điều 2. Công an tỉnh chủ trì tổ chức kiểm tra an toàn phòng cháy tại các chợ.",
            [("Công an tỉnh", "lead")],
        ),
    ],
)
def test_article_with_work_and_no_time(article: str, owners: list[tuple[str, str]]) -> None:
    got = _tasks("Điều 1. Phê duyệt danh mục công trình kèm theo Quyết định này.\n\n" + article)
    assert got == [("Điều 2", owners)]


@pytest.mark.parametrize(
    "article",
    [
        "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ, Chủ tịch Ủy ban nhân dân các xã,"
        " phường chịu trách nhiệm thi hành Quyết định này./.",
        "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các Sở, Thủ trưởng các ban, ngành và các tổ chức,"
        " cá nhân có liên quan căn cứ Quyết định thi hành./.",
        "Điều 3. Giám đốc Sở Tài chính, Chủ tịch Ủy ban nhân dân các xã, phường chịu trách nhiệm tổ chức thực hiện"
        " Quyết định này.",
        "Điều 3. Các cơ quan, đơn vị trong tỉnh có trách nhiệm thực hiện Quy định này.",
        "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.",
        "Điều 3. Ban hành kèm theo Quyết định này Quy chế làm việc của Tổ công tác.",
    ],
)
def test_articles_that_give_no_work(article: str) -> None:
    assert _tasks("Điều 1. Phê duyệt danh mục công trình kèm theo Quyết định này.\n\n" + article) == []


def test_daily_clock_times_listed() -> None:
    from ndq57.extract.timex import find_time_expressions

    def daily(text: str) -> list[tuple[str, str | None, str | None]]:
        out = []
        for e in find_time_expressions(text)[0]:
            assert e.recurrence is not None and e.recurrence.freq == "daily", e
            out.append((e.phrase, e.recurrence.time, e.qualifier))
        return out

    assert daily("Các xã báo cáo trước 8 giờ và 16 giờ hằng ngày.") == [
        ("trước 8 giờ", "08:00", "before"),
        ("16 giờ hằng ngày", "16:00", "before"),
    ]
    assert daily("Các xã báo cáo chậm nhất 7 giờ 30, 11 giờ và 17 giờ hàng ngày.") == [
        ("chậm nhất 7 giờ 30", "07:30", "by"),
        ("11 giờ", "11:00", "by"),
        ("17 giờ hàng ngày", "17:00", "by"),
    ]
    # one time: as before
    assert daily("Các xã báo cáo trước 16 giờ hằng ngày.") == [("trước 16 giờ hằng ngày", "16:00", "before")]
    # a schedule: no limit before the times, no daily time
    assert all(t is None for _, t, _ in daily("Đài phát bản tin lúc 6 giờ và 11 giờ hằng ngày."))
