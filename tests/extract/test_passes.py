from __future__ import annotations

from extraction import findings as _findings
from extraction import mentions as _mentions
from extraction import relations as _relations

from graphkit.vocab import EntityType, RelationType


def test_acronym_and_expansion_are_paired() -> None:
    found = _findings("We train it with Direct Preference Optimization (DPO) instead.").mentions
    pair = {m.text: m.same_as for m in found}
    assert pair["Direct Preference Optimization"] == pair["DPO"] is not None


def test_names_the_lexicon_lacks_are_found_and_typed_by_context() -> None:
    mentions = _mentions("Yesterday Professor Zhang Wenhao joined Light Years Laboratory to work on "
                         "Qwen2.5-72B, while Huawei shipped new Ascend 910C chips.")
    assert mentions["Zhang Wenhao"] is EntityType.PERSON
    assert mentions["Light Years Laboratory"] is EntityType.ORGANIZATION
    assert mentions["Qwen2.5-72B"] is EntityType.MODEL
    assert mentions["Ascend 910C"] is EntityType.PRODUCT


def test_sentence_initial_capitals_and_headings_are_no_names() -> None:
    mentions = _mentions("Hardware Development Trends\nNowadays models are big. Specifically, they grow.")
    assert not {"Hardware Development Trends", "Nowadays", "Specifically"} & set(mentions)


def test_lexicon_matches_both_languages_with_case_rules() -> None:
    mentions = _mentions("杨立昆 talked about deep learning at Apple, not about an apple.")
    assert mentions["杨立昆"] is EntityType.PERSON
    assert mentions["deep learning"] is EntityType.CONCEPT
    assert "apple" not in mentions and mentions["Apple"] is EntityType.ORGANIZATION


def test_chinese_people_and_organisations_by_cue() -> None:
    mentions = _mentions("元象科技创始人姚星博士发布了新模型。")
    assert mentions.get("姚星") is EntityType.PERSON
    assert mentions.get("元象科技") is EntityType.ORGANIZATION


def test_a_count_of_people_a_conjunction_and_a_preposition_are_no_part_of_a_name() -> None:
    mentions = _mentions("两位联合创始人都是他的校友。百川智能由搜狗前 CEO 王小川于 2023 年创立。同年 8 月，腾讯和高榕创投也加入了。")
    assert "两位" not in mentions and "王小川于" not in mentions and "腾讯和高榕创投" not in mentions
    assert mentions.get("高榕创投") is EntityType.ORGANIZATION


def test_a_chinese_name_after_an_english_title_stops_before_a_verb() -> None:
    mentions = _mentions("智谱 CEO 李小明表示，资金将用于研发。founder and CEO 岂凡超 wants to.")
    assert mentions.get("李小明") is EntityType.PERSON and "李小明表示" not in mentions
    assert mentions.get("岂凡超") is EntityType.PERSON


def test_a_chinese_organisation_name_ends_where_the_name_does() -> None:
    mentions = _mentions("2019年百度研究院开始研究这个方向。他主导过微软智能助理的研发，也曾任微软亚洲互联网工程院首席科学家。"
                         "本轮融资由上海国有资本投资有限公司领投。")
    assert mentions.get("百度研究院") is EntityType.ORGANIZATION
    assert not {"年百度研究院", "微软智能", "工程院", "有限公司"} & set(mentions)


def test_a_registered_company_name_is_the_curated_company() -> None:
    found = {m.text: m.canonical for m in _findings("公司运营主体为上海阶跃星辰智能科技有限公司。").mentions}
    assert found.get("阶跃星辰智能科技有限公司") == "StepFun"
    assert "阶跃星辰智能" not in found and "阶跃星辰智能科技" not in found


def test_relation_patterns_in_english() -> None:
    relations = _relations("OpenAI released ChatGPT based on GPT-3.5. Apple co-founder Steve Wozniak signed it. "
                           "Geoffrey Hinton, Google's chief scientist, left.")
    assert ("OpenAI", "developed", "ChatGPT") in relations
    assert ("ChatGPT", "basedOn", "GPT-3.5") in relations
    assert ("Steve Wozniak", "founded", "Apple") in relations
    assert ("Geoffrey Hinton", "worksFor", "Google") in relations


def test_conjuncts_share_a_relation() -> None:
    relations = _relations("Sam Altman and Elon Musk criticized Anthropic.")
    assert {("Sam Altman", "criticized", "Anthropic"), ("Elon Musk", "criticized", "Anthropic")} <= relations


def test_relation_patterns_in_chinese() -> None:
    relations = _relations("百川智能创始人王小川发布了百川大模型。")
    assert ("王小川", "founded", "百川智能") in relations


def test_every_relation_keeps_its_sentence() -> None:
    doc_text = "Noise here. OpenAI released ChatGPT."
    for relation in _findings(doc_text).relations:
        assert relation.sentence.text == "OpenAI released ChatGPT."
        assert relation.relation is RelationType.DEVELOPED


def test_markup_and_transcript_noise_name_nothing() -> None:
    mentions = _mentions("![OpenAI logo](img/OpenAI.png) See https://github.com/Anthropic/x and ~~Google~~ "
                         "at [00:12:05] in README.zh.md, said Sam Altman.")
    assert set(mentions) == {"Sam Altman"}


def test_bios_in_appositions() -> None:
    relations = _relations("We invited Li Bojie, a USTC alumnus, USTC-MSRA joint PhD, and co-founder of the "
                           "USTC course evaluation community.")
    assert {("Li Bojie", "educatedAt", "USTC"), ("Li Bojie", "educatedAt", "MSRA"),
            ("Li Bojie", "founded", "USTC course evaluation community")} <= relations


def test_pronouns_carry_the_last_person() -> None:
    relations = _relations("We met Zhifei Li in Beijing. He founded Mobvoi in 2012.")
    assert ("Zhifei Li", "founded", "Mobvoi") in relations


def test_hearst_lists_type_their_members() -> None:
    mentions = _mentions("He published at top conferences such as SIGCOMM, SOSP and NSDI.")
    assert {mentions[n] for n in ("SIGCOMM", "SOSP", "NSDI")} == {EntityType.EVENT}


def test_chinese_roles_make_organisations_and_relations() -> None:
    mentions = _mentions("立委博士,问问副总裁,聚焦大模型。Netbase前首席科学家10年。")
    assert mentions["立委"] is EntityType.PERSON
    assert mentions["问问"] is EntityType.ORGANIZATION and mentions["Netbase"] is EntityType.ORGANIZATION
    assert ("立委", "worksFor", "问问") in _relations("立委博士,问问副总裁,聚焦大模型。")


def test_terms_need_a_technical_head_and_termhood() -> None:
    mentions = _mentions("As language models scale up, distributed training becomes necessary. "
                         "Large models can fully replace engineering.")
    assert mentions.get("distributed training") is EntityType.CONCEPT
    assert "Large models" not in mentions and "replace engineering" not in mentions


def test_passives_past_appositions_and_chinese_passives() -> None:
    assert ("Yang Zhilin", "founded", "Moonshot AI") in _relations(
        "Moonshot AI, the Beijing-based startup founded by Yang Zhilin, released Kimi k1.5 in January.")
    relations = _relations("月之暗面由杨植麟创立。DeepSeek是幻方量化旗下的公司。")
    assert {("杨植麟", "founded", "月之暗面"), ("DeepSeek", "partOf", "幻方量化")} <= relations


def test_type_nouns_beside_unknown_names() -> None:
    mentions = _mentions("Zorbix, an AI startup based in Paris, launched Quillo, a writing app.")
    assert mentions["Zorbix"] is EntityType.ORGANIZATION and mentions["Quillo"] is EntityType.PRODUCT
    assert ("Zorbix", "developed", "Quillo") in _relations(
        "Zorbix, an AI startup based in Paris, launched Quillo, a writing app.")


def test_cofounders_and_every_pronoun_of_a_sentence() -> None:
    relations = _relations("Lei Jun was born in 1969. In his junior year, he wrote the antivirus software "
                           "“Immunity 90,” and in his senior year, he founded the Tricolor Company with two tech "
                           "experts, Li Ruxiong and Wang Quanguo.")
    assert {("Lei Jun", "developed", "Immunity 90"), ("Lei Jun", "founded", "Tricolor Company"),
            ("Li Ruxiong", "founded", "Tricolor Company"), ("Wang Quanguo", "founded", "Tricolor Company")} <= relations


def test_role_objects_are_organisations_and_bios_chain() -> None:
    text = ("Ming Zhou, founder of Lanzhou Technology and former vice president of Microsoft Asia Research "
            "Institute, said so. Yu-Sen Dai, managing partner of True Partner, agreed.")
    assert _mentions(text)["True Partner"] is EntityType.ORGANIZATION
    assert {("Ming Zhou", "founded", "Lanzhou Technology"),
            ("Ming Zhou", "worksFor", "Microsoft Asia Research Institute"),
            ("Yu-Sen Dai", "worksFor", "True Partner")} <= _relations(text)


def test_possessive_pronouns_and_chinese_zero_subjects() -> None:
    relations = _relations("月之暗面由杨植麟创立,发布了Kimi智能助手。DeepSeek是幻方量化旗下的公司,其创始人梁文锋毕业于浙江大学。")
    assert {("月之暗面", "developed", "Kimi智能助手"), ("梁文锋", "founded", "DeepSeek"),
            ("梁文锋", "educatedAt", "浙江大学")} <= relations
    assert ("Sam Altman", "worksFor", "OpenAI") in _relations("OpenAI is based in San Francisco. Its CEO Sam Altman "
                                                              "said so.")


def test_chinese_news_sentence() -> None:
    text = ("阿里巴巴旗下的通义实验室发布了新一代大模型Qwen2.5-Max。据介绍,该模型采用混合专家架构,在多项基准测试中超越了"
            "DeepSeek-V3。通义实验室负责人周靖人表示,团队将继续开源。")
    assert _mentions(text)["周靖人"] is EntityType.PERSON
    assert {("通义实验室", "partOf", "阿里巴巴"), ("通义实验室", "developed", "Qwen2.5-Max"),
            ("Qwen2.5-Max", "basedOn", "混合专家"), ("Qwen2.5-Max", "competesWith", "DeepSeek-V3"),
            ("周靖人", "worksFor", "通义实验室")} <= _relations(text)


def test_english_news_paragraph() -> None:
    text = ("In an interview last week, Mistral AI co-founder Arthur Mensch said the company would release "
            "Mistral Large 3 later this year. The model, trained on Nvidia H100 GPUs, outperforms Llama 3.1 405B. "
            "Mensch previously worked at Google DeepMind. Meanwhile, Amazon invested $4 billion in Anthropic, and "
            "Apple partnered with OpenAI. Critics including Yann LeCun dismissed the hype around AGI.")
    mentions = _mentions(text)
    assert mentions["Mistral Large 3"] is mentions["Llama 3.1 405B"] is EntityType.MODEL
    assert mentions["Mensch"] is EntityType.PERSON
    relations = _relations(text)
    assert {("Arthur Mensch", "founded", "Mistral AI"), ("Mensch", "worksFor", "Google DeepMind"),
            ("Amazon", "investedIn", "Anthropic"), ("Yann LeCun", "criticized", "AGI")} <= relations
    assert ("Amazon", "investedIn", "Apple") not in relations


def test_a_curated_model_with_a_variant_word_is_a_model() -> None:
    mentions = _mentions("Moonshot released Kimi K2 Thinking yesterday, and Alibaba shipped Qwen3 Coder.")
    assert mentions.get("Kimi K2 Thinking") is mentions.get("Qwen3 Coder") is EntityType.MODEL


def test_a_makers_line_with_a_version_is_a_model() -> None:
    mentions = _mentions("Mistral is quiet, but Mistral Small 3 is Apache licensed. Google Cloud Next 2025 was fine.")
    assert mentions["Mistral Small 3"] is EntityType.MODEL and mentions["Mistral"] is EntityType.ORGANIZATION
    assert "Google Cloud Next 2025" not in mentions


def test_prepositional_phrases_adverbs_and_participle_clauses() -> None:
    relations = _relations("Yann LeCun in the U.S. sharply criticized GPT as a dead end, proposing his world model "
                           "as an alternative.")
    assert {("Yann LeCun", "criticized", "GPT"), ("Yann LeCun", "proposed", "world model")} <= relations


def test_a_generic_speaker_label_is_no_name() -> None:
    mentions = _mentions("[00:31:02] AUDIENCE MEMBER 1: Thanks. What about Meta?\nHOST: Welcome back to the show.")
    assert not any("AUDIENCE" in name or name == "HOST" for name in mentions)
    assert mentions.get("Meta") is EntityType.ORGANIZATION


def test_a_quoted_diagram_is_no_title_and_hides_no_names() -> None:
    mentions = _mentions('[Slide: "Noam Shazeer — Google → Character.AI → Google"] He is back at Google.')
    assert mentions.get("Noam Shazeer") is EntityType.PERSON and mentions.get("Character.AI") is EntityType.ORGANIZATION
    assert not any("→" in name for name in mentions)


def test_who_leads_a_round_is_a_firm() -> None:
    assert _mentions("Microsoft took a stake, and General Catalyst led a €600 million round that summer.").get(
        "General Catalyst") is EntityType.ORGANIZATION


def test_who_is_introduced_by_name_is_a_person() -> None:
    assert _mentions("The founder is a guy named, um, Leon Wenfung. It grew.").get("Leon Wenfung") is EntityType.PERSON
    mentions = _mentions("His thesis was supervised by Bertrand Thirion and Gaël Varoquaux.")
    assert mentions.get("Bertrand Thirion") is EntityType.PERSON and mentions.get("Gaël Varoquaux") is EntityType.PERSON


def test_given_names_of_other_countries_make_persons() -> None:
    assert _mentions("Later, Zbigniew Kowalczyk joined the lab.").get("Zbigniew Kowalczyk") is EntityType.PERSON


def test_a_pair_of_names_before_whose_founder_it_is_makes_a_person_and_a_family_name() -> None:
    mentions = _mentions("Sid Sheth, d-Matrix's co-founder and chief executive, spoke. Sheth dismissed the idea.")
    assert mentions.get("Sid Sheth") is mentions.get("Sheth") is EntityType.PERSON


def test_an_english_word_spelt_in_pinyin_syllables_is_no_given_name() -> None:
    mentions = _mentions("Welcome back to The Long Game, I'm Dana Whitfield. Wang Dan and Li Ming spoke.")
    assert mentions.get("Long Game") is not EntityType.PERSON
    assert mentions.get("Wang Dan") is mentions.get("Li Ming") is EntityType.PERSON


def test_a_person_of_an_organisation_is_two_names() -> None:
    mentions = _mentions("Show notes: Dana Whitfield talks with Ravi Menon of Kestrel Point Ventures about seed rounds.")
    assert "Ravi Menon" in mentions and mentions.get("Kestrel Point Ventures") is EntityType.ORGANIZATION


def test_given_names_that_are_also_rare_words_make_persons() -> None:
    mentions = _mentions("Welcome back, I'm talking with Dana Whitfield and Omar Haddad today.")
    assert mentions.get("Dana Whitfield") is mentions.get("Omar Haddad") is EntityType.PERSON


def test_a_name_before_a_role_and_a_person_is_the_employer() -> None:
    mentions = _mentions("Harbor Capital, the fund founded by former Fidelity portfolio manager Gavin Baker, joined.")
    assert mentions.get("Fidelity") is EntityType.ORGANIZATION and mentions.get("Gavin Baker") is EntityType.PERSON


def test_a_financing_round_is_no_name() -> None:
    assert "Series G" not in _mentions("Cerebras raised money. The Series G round was led by Fidelity.")


def test_a_name_before_an_affiliation_in_brackets_is_a_person() -> None:
    mentions = _mentions("Subbarao Kambhampati (Arizona State University) has long disputed it.")
    assert mentions.get("Subbarao Kambhampati") is EntityType.PERSON


def test_new_inside_a_sentence_opens_a_name() -> None:
    assert "New York Times" in _mentions("The New York Times reported it first.")
    assert not any(name.startswith("New") for name in _mentions("New models arrived from Google."))


def test_a_tier_of_companies_and_a_date_open_no_chinese_name() -> None:
    mentions = _mentions("2017 年百度研究院的研究者写了论文。与之相对，二线大模型公司的融资窗口正在关闭。")
    assert "百度研究院" in mentions and "年百度研究院" not in mentions and "二线大模型公司" not in mentions
