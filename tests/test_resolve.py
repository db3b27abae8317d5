from __future__ import annotations

from extracted import read_texts


def _entities(*texts: str):
    return read_texts(*texts)[1].entities


def _node_of(entities, label: str):
    matches = [e for e in entities if label in e.labels]
    assert len(matches) == 1, (label, [e.labels for e in matches])
    return matches[0]


def test_name_order_and_pinyin_make_one_person() -> None:
    entities = _entities("Professor Zhifei Li spoke. Later Li Zhifei said more.", "李志飞博士说了很多。")
    person = _node_of(entities, "Zhifei Li")
    assert {"Li Zhifei", "李志飞"} <= set(person.labels)


def test_lexicon_aliases_join_languages() -> None:
    entities = _entities("K-complexity is short for Kolmogorov complexity.", "柯氏复杂度很重要。")
    concept = _node_of(entities, "Kolmogorov complexity")
    assert {"K-complexity", "柯氏复杂度"} <= set(concept.labels)


def test_spelling_variants_and_family_names() -> None:
    entities = _entities("Professor Huewen Wang spoke first. Then Wang Huiwen said it again. Wang laughed.")
    person = _node_of(entities, "Wang Huiwen")
    assert "Huewen Wang" in person.labels


def test_hyphen_and_space_variants() -> None:
    entities = _entities("GPT-4 is strong.", "GPT 4 is strong too.")
    model = _node_of(entities, "GPT-4")
    assert "GPT 4" in model.labels


def test_type_comes_from_all_evidence() -> None:
    entities = _entities("Zorblax released things. Zorblax company hired people. The Zorblax company grew.")
    assert _node_of(entities, "Zorblax").type.value == "Organization"


def test_acronym_plurals_join_their_singular() -> None:
    entities = _entities("GPT is a family. Many GPTs were released by OpenAI company since then.")
    assert "GPTs" in _node_of(entities, "GPT").labels


def test_translated_word_orders_join_an_organisation() -> None:
    entities = _entities("She worked at the Microsoft Asia Research Institute for years.",
                         "The Kestrel Vision Research Laboratory hired him; Kestrel Research Vision Lab grew.")
    assert "Microsoft Asia Research Institute" in _node_of(entities, "Microsoft Research Asia").labels
    assert "Kestrel Research Vision Lab" in _node_of(entities, "Kestrel Vision Research Laboratory").labels


def test_model_names_with_a_slip_and_the_same_version() -> None:
    entities = _entities("Meta released Llama 3 in April. The open model Meta Llamma 3 skips RLHF. Gemma 2 differs.")
    llama = _node_of(entities, "Llama 3")
    assert "Meta Llamma 3" in llama.labels and "Gemma 2" not in llama.labels


def test_pinyin_of_a_curated_chinese_name_and_of_a_chinese_mention() -> None:
    entities = _entities("Baidu's Wenxin Yiyan large model is popular.",
                         "星尘动力公司的创始人表示很满意。", "Xingchen Dongli raised money; Xingchen Dongli is a startup company.")
    assert "Wenxin Yiyan" in _node_of(entities, "ERNIE").labels
    assert "星尘动力公司" in _node_of(entities, "Xingchen Dongli").labels


def test_a_product_named_with_its_maker_is_also_named_without() -> None:
    entities = _entities("Chip makers like Google TPUv6 and Intel Habana 3 compete with NVIDIA.")
    assert "TPUv6" in _node_of(entities, "Google TPUv6").labels


def test_a_person_is_named_in_full_not_by_the_family_name_the_text_goes_on_with() -> None:
    entities = _entities("Professor David Kestrel spoke. Then Kestrel said a lot, and Kestrel laughed. "
                         "We know Kestrel left.")
    assert _node_of(entities, "Kestrel").name == "David Kestrel"


def test_one_word_terms_a_letter_apart_are_one_concept() -> None:
    entities = _entities("Explainability matters. Without explainability, nothing. Explanability again, and explanability.")
    node = _node_of(entities, "explainability")
    assert "explanability" in {label.lower() for label in node.labels}


def test_a_chinese_given_name_alone_is_the_person_of_the_document_with_that_name() -> None:
    entities = _entities("清华大学教授钱明远发表了论文。据明远的信息,这个趋势才刚开始。")
    person = _node_of(entities, "钱明远")
    assert "明远" in person.labels


def test_a_name_and_its_gloss_in_brackets_are_one_entity() -> None:
    entities = _entities("Quill Peak Star company (StepFun) released a model.",
                         "据报道，威廉·皮布尔斯（William Peebles）加入了OpenAI。")
    company = _node_of(entities, "StepFun")
    assert "Quill Peak Star" in company.labels
    assert company.type is not None and company.type.value == "Organization"
    assert any(m.reason == "a name and its gloss in brackets" for m in company.merges)
    person = _node_of(entities, "William Peebles")
    assert "威廉·皮布尔斯" in person.labels
    # Names of different kinds are no gloss: a maker and its model stay two; an acronym in
    # brackets pairs only with the words it abbreviates.
    entities = _entities("Baidu (ERNIE) is one of the oldest labs. Sora基于扩散Transformer（DiT）架构。")
    assert _node_of(entities, "Baidu") is not _node_of(entities, "ERNIE")
    assert "DiT" not in _node_of(entities, "Transformer").labels
    # A person's gloss is the name in the other script, not where the person works.
    entities = _entities("Subbarao Kambhampati (Arizona State University) disputed it. Noah Shinn (Northeastern) wrote it.")
    assert _node_of(entities, "Arizona State University").type.value == "Organization"
    assert "Northeastern" not in _node_of(entities, "Noah Shinn").labels


def test_a_bracket_of_glosses_and_a_translated_name_said_again_are_one_entity() -> None:
    entities = _entities("Hangzhou Deep Quest (深度求索, DeepSeek) released a model. "
                         "Deep Quest founder Liang Wenfeng spoke later.")
    company = _node_of(entities, "DeepSeek")
    assert {"Deep Quest", "深度求索"} <= set(company.labels)
    assert not any("Hangzhou" in label for label in company.labels)
    assert company.mentions >= 4


def test_an_older_romanisation_of_a_surname_names_the_same_person() -> None:
    entities = _entities("Robin Li founded Baidu. Later Robin Lee said search was over.")
    assert "Robin Lee" in _node_of(entities, "Robin Li").labels


def test_a_version_alone_is_the_model_of_the_document_that_ends_in_it() -> None:
    entities = _entities("DeepSeek-R1 is new. DeepSeek-V3 is older. R1 was trained on top of V3.")
    assert "V3" in _node_of(entities, "DeepSeek-V3").labels
    assert "R1" in _node_of(entities, "DeepSeek-R1").labels


def test_a_model_named_without_its_opening_word_is_the_model_so_named() -> None:
    entities = _entities("Anthropic released Claude Opus 4 and Claude Sonnet 4. Sonnet 4 is the cheaper one.",
                         "We moved to Opus 4 last week.")
    assert "Sonnet 4" in _node_of(entities, "Claude Sonnet 4").labels
    assert "Opus 4" in _node_of(entities, "Claude Opus 4").labels  # named so in another document


def test_a_name_spelt_as_a_curated_name_sounds_is_that_name() -> None:
    # Speech recognition writes pinyin as English sounds: q as "ch", xiao as "shao".
    entities = _entities("Host: Jia Yang Ching made Caffe. Guest: and Wang Shao Chuan founded a company.")
    assert "Jia Yang Ching" in _node_of(entities, "Jia Yangqing").labels
    assert "Wang Shao Chuan" in _node_of(entities, "Wang Xiaochuan").labels
    # A curated person's family name, and a given name that sounds nearly alike.
    entities = _entities("Guest: So Moonshot AI was founded by Yang Jolin, who studied at Tsinghua.")
    assert "Yang Jolin" in _node_of(entities, "Yang Zhilin").labels
    # A hard c written k, as a transcript hears it.
    entities = _entities("Speaker 2: We backed Anthropik early, and the startup Anthropik is now huge.")
    assert "Anthropik" in _node_of(entities, "Anthropic").labels
    entities = _entities("Professor Wang Quanguo spoke, and Wang Chuanfu of BYD listened.")
    assert _node_of(entities, "Wang Quanguo") is not _node_of(entities, "Wang Chuanfu")
    # A version is no sound: "Baichuan 2" stays a model of its own.
    entities = _entities("Baichuan Intelligence released Baichuan 2 and Baichuan 3.")
    assert _node_of(entities, "Baichuan 2") is not _node_of(entities, "Baichuan 3")


def test_a_name_alone_joins_in_the_document_that_holds_its_full_name() -> None:
    """Resolution reads each name once per document for these joins, so a name alone that an
    earlier document writes without the full name still joins where the full name is."""
    entities = _entities("Wang laughed. R1 was trained on top of it. 据明远的信息,这个趋势才刚开始。",
                         "Professor Huewen Wang spoke first. Wang laughed. DeepSeek-R1 is new. R1 was trained on top of "
                         "it. 清华大学教授钱明远发表了论文。据明远的信息,这个趋势才刚开始。")
    assert "Wang" in _node_of(entities, "Huewen Wang").labels
    assert "R1" in _node_of(entities, "DeepSeek-R1").labels
    assert "明远" in _node_of(entities, "钱明远").labels


def test_a_company_named_without_its_closing_word_is_that_company() -> None:
    entities = _entities("Wisdom Spectrum AI (智谱) grew out of a lab. This July, Wisdom Spectrum released a model.")
    company = _node_of(entities, "智谱")
    assert {"Wisdom Spectrum AI", "Wisdom Spectrum"} <= set(company.labels)


def test_a_chinese_name_jieba_tags_a_person_is_a_node_on_one_mention() -> None:
    entities = _entities("2023年由杨植麟创立，联合创始人还有周昕宇和吴育昕。他任教于清华。")
    labels = {label for e in entities for label in e.labels}
    assert {"周昕宇", "吴育昕"} <= labels and "任教于" not in labels


def test_the_initials_of_a_reference_list_are_the_person_the_document_names_in_full() -> None:
    entities = _entities("Jane Kestrel and Bo Kestrel spoke about sparse attention.\n\n"
                         "[1] J. Kestrel and B. Marlow. Quiet gradients in deep networks. ICML, 2023.\n")
    jane = _node_of(entities, "Jane Kestrel")
    assert jane.name == "Jane Kestrel" and "J. Kestrel" in jane.labels
    assert "J. Kestrel" not in _node_of(entities, "Bo Kestrel").labels


def test_a_family_name_is_no_acronym_the_lexicon_writes_in_capitals() -> None:
    (found,), resolution = read_texts("FlashAttention is fast (Dao et al., 2022). A DAO votes on chain.")
    of = {m.text: resolution.of(m) for m in found.mentions}
    assert of["DAO"] is not None and of.get("Dao") != of["DAO"]
