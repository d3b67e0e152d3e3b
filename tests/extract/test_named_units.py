"""The named unit over its parent body (phrases.candidates, _korean_body_runs; round 25): in "A 산하 B" the claim is B, the
most specific body named; a unit is read by its head (여단, 국 as the analyser reads it apart) and named by its number
(제2215 건설여단, 군수공업부 313총국); a firm's legal form after a comma is part of its name."""

from __future__ import annotations

import pytest

from chainlight.extract.phrases import candidates


def _orgs(sentence: str) -> set[str]:
    return {sentence[c.start:c.end] for c in candidates(sentence) if c.type == "organisation"}


@pytest.mark.parametrize(("sentence", "kept", "left"), [
    # set 22 (seen): the brigade under the ministry, the numbered bureau under its ministry, a bureau by its head
    ("북한 국방성 산하 제2215 건설여단 소속 군인 1000여 명이 러시아 전쟁 지역 복구 현장에 파견됐다.", {"제2215 건설여단"}, {"국방성"}),
    ("해외에 IT 노동자를 파견하는 북한 단체로는 군수공업부 313총국, 원자력공업성, 조선인민군(KPA) 및 국방성 산하 군사 단체, "
     "중앙당 과학교육부 평양정보기술국 등이 거론됐다.",
     {"군수공업부 313총국", "원자력공업성", "중앙당 과학교육부 평양정보기술국"}, {"군수공업부", "군사"}),
    ("제재 대상 기관에는 북한 국방성 산하 IT 회사인 진영정보기술개발협조회사와 군수공업부 산하 IT 회사인 동명기술무역회사가 포함됐습니다.",
     {"진영정보기술개발협조회사", "동명기술무역회사"}, {"국방성", "군수공업부"}),
    ("또 OFAC은 북한 인민무력부 총정치국 산하 업체 조선신진무역회사와 중국에 위치한 선양금풍리네트워크테크놀로지를 제재 대상으로 지정했다.",
     {"선양금풍리네트워크테크놀로지"}, set()),
])
def test_the_unit_is_the_claim_not_its_parent(sentence: str, kept: set[str], left: set[str]) -> None:
    orgs = _orgs(sentence)
    assert kept <= orgs
    assert not left & orgs


def test_a_parent_with_only_kinds_under_it_is_the_body_named() -> None:
    assert "인민무력부" in _orgs("인민무력부 산하 무역회사들이 석탄을 수출한다.")
    # (the list's next member after a comma is no unit of the parent)
    assert "국방성" in _orgs("노동자를 파견하는 단체로는 조선인민군(KPA) 및 국방성 산하 군사 단체, 중앙당 과학교육부 평양정보기술국 "
                           "등이 거론됐다.")


@pytest.mark.parametrize("sentence", ["중국 당국은 북한 노동자를 전국에서 귀국시켰다.", "각국의 무역국 직원들이 모였다."])
def test_words_ending_in_guk_are_no_bureau(sentence: str) -> None:
    assert not _orgs(sentence)


def test_a_legal_form_after_a_comma_is_the_firms() -> None:
    s = "Liaoning China Trade Industry Co., Ltd, a Chinese company that supplied equipment to Department 53"
    assert "Liaoning China Trade Industry Co., Ltd" in _orgs(s) and "Ltd" not in _orgs(s)
