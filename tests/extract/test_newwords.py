"""New-word discovery by frequency, cohesion and branching entropy."""

from __future__ import annotations

from graphkit.extract.newwords import new_words

_FILLER = "今天天气很好，我们去公园散步，然后回家吃饭，晚上看书写字，周末再去爬山。"


def test_a_string_seen_in_one_context_only_is_no_word() -> None:
    # Always "深度求索", so "度求索" has one left neighbour: it is a part, not a word.
    text = "深度求索发布了模型。大家都在用深度求索，深度求索很强，我喜欢深度求索。" + _FILLER
    found = new_words([text], known=lambda w: False)
    assert "深度求索" in found and "度求索" not in found


def test_known_words_and_rare_strings_are_not_new() -> None:
    text = "深度求索发布了模型。大家都在用深度求索，深度求索很强，我喜欢深度求索。" + _FILLER
    assert "深度求索" not in new_words([text], known=lambda w: w == "深度求索")
    assert new_words(["深度求索发布了模型。" + _FILLER], known=lambda w: False) == frozenset()
