//! Attribution patterns over small fixture articles, each with a
//! look-alike that must not fire.

use lede::{annotate_text, Quote, SpeakerKind};

fn quotes(text: &str) -> Vec<Quote> {
    annotate_text(text).quotes
}

fn speaker_of(text: &str, words: &str) -> Option<String> {
    quotes(text)
        .into_iter()
        .find(|q| q.text.contains(words))
        .unwrap_or_else(|| panic!("no quotation holding {words:?}"))
        .speaker_name
}

#[test]
fn comma_then_name_said() {
    let text = "Foreign Minister Anna Berg met the envoys on Monday.\n\n\"The talks will take time,\" Berg said.";
    assert_eq!(speaker_of(text, "take time").as_deref(), Some("Anna Berg"));
}

#[test]
fn said_then_name_with_a_role() {
    let text = "The plan stalled again this week.\n\n\"We are not finished,\" said Tom Reyes, a spokesman for the council.";
    assert_eq!(
        speaker_of(text, "not finished").as_deref(),
        Some("Tom Reyes")
    );
}

#[test]
fn told_with_a_colon_before_the_quotation() {
    let text = "Ambassador Lena Ortiz told the council: \"We want a political process.\"";
    assert_eq!(
        speaker_of(text, "political process").as_deref(),
        Some("Lena Ortiz")
    );
}

#[test]
fn a_partial_quote_inside_indirect_speech() {
    let text =
        "Mayor Paul Dunn said relations with the county are 'at a low point' after the vote.";
    assert_eq!(speaker_of(text, "low point").as_deref(), Some("Paul Dunn"));
}

#[test]
fn a_document_speaks() {
    let q = quotes("The report says the agency found \"clear signs of neglect\" in two homes.");
    assert_eq!(q[0].speaker_kind, SpeakerKind::Document);
}

#[test]
fn an_anonymous_official() {
    let q = quotes("\"The decision is final,\" one senior official said.");
    assert_eq!(q[0].speaker_kind, SpeakerKind::Anonymous);
    assert_eq!(q[0].speaker_name.as_deref(), Some("one senior official"));
}

#[test]
fn the_speaker_carries_into_a_quote_only_paragraph() {
    let text = "\"We will appeal,\" said Judge Mara Kell.\n\n\"And we will win.\"";
    assert_eq!(
        speaker_of(text, "we will win").as_deref(),
        Some("Mara Kell")
    );
}

#[test]
fn a_quote_with_no_speaker_in_the_text_gets_none() {
    let text = "Prices rose again in March.\n\n\"It can't get worse than this.\"";
    let q = quotes(text);
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].speaker_kind, SpeakerKind::Unknown);
    assert!(q[0].speaker_name.is_none());
}

#[test]
fn look_alikes_are_not_quotations() {
    // Scare quotes, inch marks, apostrophes, a cue with no quotation, a title.
    assert!(quotes("The so-called \"reform\" passed on Tuesday.").is_empty());
    assert!(quotes("The 12\" pipe and the 5'11\" player were both there.").is_empty());
    assert!(quotes("The countries' leaders didn't meet in the '90s.").is_empty());
    assert!(quotes("The minister said the talks had failed.").is_empty());
    assert!(quotes("She appeared on \"Face the Nation\" last week.").is_empty());
}

#[test]
fn unbalanced_marks_stay_in_their_paragraph() {
    let text = "He said \"this never closes.\n\nA long narrative paragraph follows here.";
    let q = quotes(text);
    assert!(q.iter().all(|q| !q.text.contains("narrative")));
}

#[test]
fn an_anonymous_official_is_not_the_country_named_in_the_description() {
    let a = lede::annotate_text(
        "Now, one U.S. official tells me, the officials repeated the lines. \"And it was very successfully done\".\n",
    );
    let q = a
        .quotes
        .iter()
        .find(|q| q.text.contains("successfully"))
        .expect("the quote is found");
    assert_ne!(q.speaker_name.as_deref(), Some("United States"));
    assert_ne!(q.speaker_kind, lede::SpeakerKind::Organization);
}

#[test]
fn a_name_then_its_role_between_commas_after_the_quotation() {
    let text = "The rule reached the court in May.\n\n\"It is an overreach by the agency,\" Dana Holt, the attorney general of Utah, one of the states suing, said on Monday.";
    assert_eq!(speaker_of(text, "overreach").as_deref(), Some("Dana Holt"));
    // Look-alike: a place opening the sentence is not the speaker.
    let text = "In Utah, the attorney general said the rule was \"an overreach by the agency.\"";
    assert_ne!(speaker_of(text, "overreach").as_deref(), Some("Utah"));
}

#[test]
fn a_name_then_its_role_before_reported_speech() {
    let text = "Mark Lund, president of the Farmers Union, which represents growers, said he hopes the vote shows that \"growers are standing together.\"";
    assert_eq!(
        speaker_of(text, "standing together").as_deref(),
        Some("Mark Lund")
    );
    // Look-alike: "of" a count is no speaker.
    let text = "The watchdog rated 32% of Farmers Union claims as \"entirely true\" this year.";
    assert_ne!(
        speaker_of(text, "entirely true").as_deref(),
        Some("Farmers Union")
    );
}

#[test]
fn said_then_lowercase_descriptors_then_a_name() {
    let text = "The hearing ran late.\n\n\"We were never told,\" said longtime resident Ruth Ames.";
    assert_eq!(speaker_of(text, "never told").as_deref(), Some("Ruth Ames"));
    // Look-alike: a clause after "said" names no one.
    let text = "\"We were never told,\" she said. Officials said talks with Ottawa stalled.";
    assert_ne!(speaker_of(text, "never told").as_deref(), Some("Ottawa"));
}

#[test]
fn as_a_document_put_it() {
    let q = quotes("The plan is, as the report put it, \"a bridge to nowhere.\"");
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].speaker_kind, SpeakerKind::Document);
    // Look-alike: "put" without "it" is no speech.
    let q = quotes("The clerk put the file on \"the shelf by the door\" today.");
    assert!(q.iter().all(|q| q.speaker_kind == SpeakerKind::Unknown));
}

#[test]
fn a_programme_title_is_no_quotation_even_beside_an_attribution() {
    let text =
        "\"We will win this state,\" Governor Ray Cole said on CNN's \"State of the Union.\"";
    let q = quotes(text);
    assert_eq!(q.len(), 1);
    assert!(q[0].text.contains("win this state"));
    // Look-alike: a real quotation after "said" stays.
    let text = "Governor Ray Cole said: \"We Will Win.\"";
    assert_eq!(quotes(text).len(), 1);
}

#[test]
fn short_quotations_in_a_list_after_a_naming_verb() {
    let text = "Senator Lee Park called the mayor a \"liar,\" a \"bully\" and \"sick.\"";
    let q = quotes(text);
    assert_eq!(q.len(), 3);
    assert!(q
        .iter()
        .all(|q| q.speaker_name.as_deref() == Some("Lee Park")));
    // Look-alike: the same words with no speech verb are scare quotes.
    assert!(quotes("The \"bully\" pulpit and the \"sick\" room were empty.").is_empty());
}

#[test]
fn markup_tags_left_in_the_text_hold_no_quotations() {
    let text = "<tweet author=\"someone\" pic=\"pic.example\" id=\"1\">Big news today</tweet>";
    assert!(quotes(text).is_empty());
    // Look-alike: a comparison sign is not a tag.
    let text = "If rates stay < 3 percent, \"we will be fine,\" said Mayor Paul Dunn.";
    assert_eq!(speaker_of(text, "be fine").as_deref(), Some("Paul Dunn"));
}

#[test]
fn a_state_and_party_tag_between_name_and_verb() {
    let text = "\"Our assumption is that the veto will be overridden,\" Senate Majority Leader Mitch McConnell, R-Ky., said Tuesday.";
    assert_eq!(
        speaker_of(text, "veto will be").as_deref(),
        Some("Mitch McConnell")
    );
}

#[test]
fn a_long_aside_with_a_plural_possessive() {
    let text = "Rucker Culpepper, who runs the get-out-the-vote effort for military veterans' families, said, \"He has been disrespecting our veterans.\"";
    assert_eq!(
        speaker_of(text, "disrespecting").as_deref(),
        Some("Rucker Culpepper")
    );
}

#[test]
fn a_description_then_the_name_as_an_aside() {
    let text = "Another critic, Laurence H. Tribe, likened the rules to \"burning the Constitution\" in a letter.";
    assert_eq!(
        speaker_of(text, "burning").as_deref(),
        Some("Laurence H. Tribe")
    );
}

#[test]
fn descriptors_with_a_date_before_the_name() {
    let text = "\"They are 100 percent wrong,\" said 9/11 widow Terry Strada.";
    assert_eq!(
        speaker_of(text, "percent wrong").as_deref(),
        Some("Terry Strada")
    );
}

#[test]
fn an_adverb_between_speaker_and_verb() {
    let text =
        "Marc Morial forcefully told a young woman that \"not voting is not a viable strategy.\"";
    assert_eq!(
        speaker_of(text, "viable strategy").as_deref(),
        Some("Marc Morial")
    );
}

#[test]
fn said_with_a_phrase_before_the_colon() {
    let text = "Jose Mourinho said after his appointment: \"I am excited to be joining a club with such a heritage.\"";
    assert_eq!(
        speaker_of(text, "excited").as_deref(),
        Some("Jose Mourinho")
    );
    // Look-alike: a verb that is no speech before the colon's phrase, and
    // no name opening the clause.
    let text = "The rain arrived after his appointment: \"I am excited to be joining a club with such a heritage.\"";
    assert_eq!(speaker_of(text, "excited"), None);
}

#[test]
fn reported_speech_carries_into_the_next_paragraph() {
    let text = "Saeb Erekat said it was only the latest move to force the Palestinians to give up.\n\n\"They wanted us on our knees and they used every trick.\"";
    assert_eq!(
        speaker_of(text, "on our knees").as_deref(),
        Some("Saeb Erekat")
    );
    // Look-alike: narrative with no speech verb and no named subject
    // before the quotation.
    let text = "The delegation arrived late for the meeting in the capital.\n\n\"They wanted us on our knees and they used every trick.\"";
    assert_eq!(speaker_of(text, "on our knees"), None);
}

#[test]
fn the_framing_source_of_a_sentence_keeps_what_follows() {
    let text = "Now, one U.S. official tells me, Russian officials in phone calls with their counterparts repeated the same lines. \"And it was very, very successfully done\".";
    let q = quotes(text);
    assert_eq!(q[0].speaker_kind, SpeakerKind::Anonymous);
    assert_eq!(q[0].speaker_name.as_deref(), Some("one U.S. official"));
}

#[test]
fn a_verb_wins_over_a_possessed_noun_cue_before_it() {
    let text = "Mike Pence said his running mate's tweet was only \"to mock\" the debate guest.";
    assert_eq!(speaker_of(text, "to mock").as_deref(), Some("Mike Pence"));
}

#[test]
fn a_colon_binds_a_quotation_to_the_verb_before_it() {
    let text = "Press secretary Josh Earnest said: \"No.\" Republican nominee Donald Trump said \"nothing at all.\"";
    assert_eq!(speaker_of(text, "No.").as_deref(), Some("Josh Earnest"));
    assert_eq!(
        speaker_of(text, "nothing at all").as_deref(),
        Some("Donald Trump")
    );
}

#[test]
fn an_age_epithet_stands_for_the_person_named_before() {
    let text = "The club appointed Jose Mourinho as head coach on Wednesday.\n\nThe 56-year-old said after his appointment: \"I am excited to be joining a club with such a heritage.\"";
    assert_eq!(
        speaker_of(text, "excited").as_deref(),
        Some("Jose Mourinho")
    );
}

#[test]
fn a_pronoun_prefers_the_subject_over_a_possessor_or_a_quoted_name() {
    let text = "Sonya Zoghlin, Carlineo's attorney, told reporters that her client meant no harm.\n\n\"Pat Carlineo is passionate about his beliefs,\" she said in an email.";
    assert_eq!(
        speaker_of(text, "passionate").as_deref(),
        Some("Sonya Zoghlin")
    );
}

#[test]
fn an_abbreviated_title_before_the_name() {
    let text = "\"This is a waste of time,\" said Del. Stacey Plaskett.";
    assert_eq!(
        speaker_of(text, "waste of time").as_deref(),
        Some("Stacey Plaskett")
    );
}

#[test]
fn a_connective_opening_the_sentence_is_no_name() {
    let text = "However, the court brief said that was not her view and dismissed the reports as \"misinterpreted statements and allegations.\"";
    let q = quotes(text);
    assert_ne!(q[0].speaker_name.as_deref(), Some("However"));
    assert_eq!(q[0].speaker_kind, SpeakerKind::Document);
}

#[test]
fn the_subject_of_an_infinitive_cue_speaks() {
    let text = "Hillary Clinton spoke on Friday. Donald Trump took to Twitter overnight to accuse her campaign of being \"duped\" by critics.";
    assert_eq!(speaker_of(text, "duped").as_deref(), Some("Donald Trump"));
    // Look-alike: a capitalised adjective opening the clause is no name.
    let text = "Small groups of protesters went out to call the decision \"a disgrace to the city\" on Monday.";
    assert_ne!(speaker_of(text, "disgrace").as_deref(), Some("Small"));
}

#[test]
fn a_name_modifying_a_noun_after_the_quotation_is_no_speaker() {
    let text = "Hillary Clinton spoke on Friday. Hillary Clinton is describing as \"unhinged\" a Donald Trump tweet.";
    assert_eq!(
        speaker_of(text, "unhinged").as_deref(),
        Some("Hillary Clinton")
    );
}

#[test]
fn a_quoted_subheading_or_stage_direction_is_no_quotation() {
    let text = "The mine reopened in May.\n\n'Legend in the Coal Fields.'\n\nBankruptcy is like a chess game.\n\n\"(CROSSTALK.)\"";
    assert!(quotes(text).is_empty());
    // Look-alike: a whole-paragraph quotation in ordinary case still counts.
    let text = "The mine reopened in May.\n\n\"We are not going anywhere.\"";
    assert_eq!(quotes(text).len(), 1);
}

#[test]
fn a_named_speaker_reporting_a_clause_owns_a_partial_quote_inside_it() {
    let text = "House Speaker Paul Ryan said the recent protests demand that all Americans engage in \"more listening\" this year.";
    assert_eq!(
        speaker_of(text, "more listening").as_deref(),
        Some("Paul Ryan")
    );
    // Look-alike: a nearer verb that introduces the quotation keeps it.
    let text = "Paul Ryan said his aide told reporters: \"We will vote on Friday.\"";
    assert_ne!(
        speaker_of(text, "vote on Friday").as_deref(),
        Some("Paul Ryan")
    );
}

#[test]
fn a_cue_word_ending_a_name_is_no_verb() {
    let text = "John Kerry said the United States would work with its allies to take \"robust steps\" soon.";
    assert_eq!(
        speaker_of(text, "robust steps").as_deref(),
        Some("John Kerry")
    );
}

#[test]
fn a_clause_subject_with_an_appositive_speaks_for_its_participle() {
    let text = "Howard Dean, a former party chairman, poked at the sniffing during the debate, tweeting, \"Notice him sniffing all the time.\"";
    assert_eq!(
        speaker_of(text, "sniffing all").as_deref(),
        Some("Howard Dean")
    );
}

#[test]
fn a_speech_noun_before_a_colon_gives_the_clause_subject() {
    let text = "Worried about turnout, President Barack Obama is rolling out a new campaign message: \"It's about me.\"";
    assert_eq!(
        speaker_of(text, "about me").as_deref(),
        Some("Barack Obama")
    );
    // Look-alike: a colon after a noun that is no speech, in a clause that
    // nobody who could speak opens, introduces no speaker.
    let text = "The bus tour is rolling out a new schedule: \"Cities first, then the farm towns.\"";
    assert_eq!(speaker_of(text, "Cities first"), None);
}

#[test]
fn it_stands_for_the_organisation_opening_its_sentence() {
    let text = "The United Nations Security Council on Friday condemned the test and pledged sanctions against what it called \"a clear threat to peace and security.\"";
    let q = quotes(text);
    assert_eq!(q[0].speaker_kind, SpeakerKind::Organization);
    assert!(q[0]
        .speaker_name
        .as_deref()
        .is_some_and(|n| n.contains("Security Council")));
}

#[test]
fn a_partial_quote_ending_its_sentence_keeps_its_own_clause() {
    let text = "Japan branded North Korea an \"outlaw nation in the neighborhood.\" Russia insisted that Pyongyang stop.";
    assert_eq!(speaker_of(text, "outlaw nation").as_deref(), Some("Japan"));
    // Look-alike: a whole-sentence quotation takes the attribution after it.
    let text = "The hearing ran late. \"Why are we still here?\" Vitter asked.";
    assert_eq!(speaker_of(text, "still here").as_deref(), Some("Vitter"));
}

#[test]
fn a_name_right_before_a_participle_cue_speaks() {
    let text =
        "The ad uses footage of Hillary Clinton asking, \"Why aren't I fifty points ahead?\"";
    assert_eq!(
        speaker_of(text, "fifty points").as_deref(),
        Some("Hillary Clinton")
    );
    // Look-alike: with no name before it, the clause subject speaks.
    let text = "During the speech, Donald Trump attacked the plan, saying \"it will never work for anyone.\"";
    assert_eq!(
        speaker_of(text, "never work").as_deref(),
        Some("Donald Trump")
    );
}

#[test]
fn a_named_clause_subject_owns_a_quoted_phrase_without_a_speech_verb() {
    let text = "Donald Trump openly admires Vladimir Putin as a \"strong leader, stronger than ours,\" comparing him to others.";
    assert_eq!(
        speaker_of(text, "strong leader").as_deref(),
        Some("Donald Trump")
    );
    let text = "Gwen Moore thanked the president for \"taking these steps to make us all safer.\"";
    assert_eq!(
        speaker_of(text, "these steps").as_deref(),
        Some("Gwen Moore")
    );
    let text = "Bernie Sanders delivered a snappy retort: \"The middle class is disappearing.\"";
    assert_eq!(
        speaker_of(text, "middle class").as_deref(),
        Some("Bernie Sanders")
    );
    let text = "Gwen Moore thanked the president for \"taking these steps to make us all safer.\"";
    assert_eq!(
        speaker_of(text, "these steps").as_deref(),
        Some("Gwen Moore")
    );
    // A description headed by a speaker's noun speaks this way too.
    let text = "The city's new mayor on Tuesday rejected the offer to make an \"exception to the rule\" for him.";
    assert_eq!(
        speaker_of(text, "exception").as_deref(),
        Some("The city's new mayor")
    );
    // Look-alikes: a description that cannot speak names no speaker this
    // way, and neither does a clause with no subject of its own.
    let text =
        "The choice was between going after him as \"uniquely unacceptable and unfit\" or not.";
    assert_eq!(speaker_of(text, "uniquely"), None);
    let text = "Protesters outside the hall carried banners with \"lock her up\" on them.";
    assert_eq!(speaker_of(text, "lock her"), None);
}

#[test]
fn a_written_out_title_ends_the_speaker_phrase() {
    let text =
        "\"It is close,\" said one New Hampshire Democrat. \"Local politicos roll their eyes.\"";
    assert_eq!(
        speaker_of(text, "It is close").as_deref(),
        Some("one New Hampshire Democrat")
    );
    // Look-alike: an abbreviated title runs on into the name.
    let text = "\"It is close,\" said Sen. Jeanne Shaheen.";
    assert_eq!(
        speaker_of(text, "It is close").as_deref(),
        Some("Jeanne Shaheen")
    );
}

#[test]
fn a_dashed_signature_under_a_quotation_paragraph() {
    let text = "\"The middle class is disappearing while the top one percent takes it all.\"\n\n- Bernie Sanders.\n\nSanders exaggerates when he says so.";
    assert_eq!(
        speaker_of(text, "middle class").as_deref(),
        Some("Bernie Sanders")
    );
    // Look-alike: a dashed line that is no name signs nothing.
    let text = "\"The middle class is disappearing while the top one percent takes it all.\"\n\n- and so the debate went on.";
    assert_eq!(speaker_of(text, "middle class"), None);
}

#[test]
fn a_paragraph_ending_in_a_colon_introduces_the_quotation_after_it() {
    let text = "Donald Trump issued the following statement:\n\n\"We will bring back the jobs that left this state.\"";
    assert_eq!(
        speaker_of(text, "bring back").as_deref(),
        Some("Donald Trump")
    );
    let text =
        "Stated Roger Stone:\n\n\"All computers can be rigged to have a predetermined outcome.\"";
    assert_eq!(
        speaker_of(text, "computers").as_deref(),
        Some("Roger Stone")
    );
    // Look-alike: an introduction with no named subject names nobody.
    let text = "The dispute centers on one question:\n\n\"Who counts the provisional ballots and when do they count them?\"";
    assert_eq!(speaker_of(text, "provisional"), None);
}

#[test]
fn a_pronoun_goes_to_the_named_subject_of_its_own_clause() {
    let text = "\"The provocation cannot be left without consequences,\" said French Foreign Minister Jean-Marc Ayrault.\n\nSecretary General Ban Ki-moon condemned what he called a \"brazen breach\" of the resolutions.";
    assert_eq!(
        speaker_of(text, "brazen breach").as_deref(),
        Some("Ban Ki-moon")
    );
    // Look-alike: a woman opening the clause is not "he"; the last
    // speaker, a man, still is.
    let text = "\"The provocation cannot be left without consequences,\" said French Foreign Minister Jean-Marc Ayrault.\n\nChancellor Angela Merkel listened as he called it a \"brazen breach\" of the resolutions.";
    assert_eq!(
        speaker_of(text, "brazen breach").as_deref(),
        Some("Jean-Marc Ayrault")
    );
}

#[test]
fn the_one_told_or_named_after_the_verb_is_no_speaker() {
    let text = "Ben Carson did not mention his opponents by name, but told his supporters, \"our nation is in horrible trouble.\"";
    assert_eq!(
        speaker_of(text, "horrible trouble").as_deref(),
        Some("Ben Carson")
    );
    let text = "Ben Carson took the stage and called the political system \"rotten to the core.\"";
    assert_eq!(speaker_of(text, "rotten").as_deref(), Some("Ben Carson"));
    // Look-alike: after "said" the inverted subject still speaks.
    let text = "Said Ben Carson, \"our nation is in horrible trouble.\"";
    assert_eq!(
        speaker_of(text, "horrible trouble").as_deref(),
        Some("Ben Carson")
    );
}

#[test]
fn a_name_alone_before_a_colon_speaks() {
    let text = "Jeb Bush and Hillary Clinton reject the term.\n\nClinton: \"Our goal is not to contain the group but to defeat it.\"";
    assert_eq!(
        speaker_of(text, "Our goal").as_deref(),
        Some("Hillary Clinton")
    );
    let text = "POLLSTERS AGREE - Carl Bialik: \"One of the biggest lessons was a simple one.\"";
    assert_eq!(
        speaker_of(text, "biggest lessons").as_deref(),
        Some("Carl Bialik")
    );
    // Look-alike: a name ending a longer clause is no label; the clause
    // has no named subject either.
    let text =
        "The crowd turned to Clinton: \"Our goal is not to contain the group but to defeat it.\"";
    assert_eq!(speaker_of(text, "Our goal"), None);
}

#[test]
fn a_sentence_opening_that_tells_when_is_no_speaker() {
    let text = "Hours later, Donald Trump returned the compliment, telling Reuters, \"Sheldon and I have been friends for a long time.\"";
    assert_eq!(speaker_of(text, "friends").as_deref(), Some("Donald Trump"));
    let text = "Immediately after the attacks, Donald Trump issued a statement, \"Last night, our nation was attacked.\"";
    assert_eq!(
        speaker_of(text, "our nation").as_deref(),
        Some("Donald Trump")
    );
    // Look-alike: a first name that ends in "ly" still names.
    let text = "Emily Thornberry, the shadow foreign secretary, said \"the talks are a farce.\"";
    assert_eq!(
        speaker_of(text, "farce").as_deref(),
        Some("Emily Thornberry")
    );
}

#[test]
fn a_share_of_a_group_speaks_as_that_share() {
    let text = "Only 52 percent of registered voters agreed that Clinton is in \"good enough overall health to serve as president.\"";
    assert_eq!(
        speaker_of(text, "overall health").as_deref(),
        Some("Only 52 percent of registered voters")
    );
    // Look-alike: a count of things after a number is no speaker.
    let text = "About 32% of Republican claims were rated \"false\" or \"pants on fire\" by the fact checkers last year, said Ann Lee.";
    assert_ne!(
        speaker_of(text, "pants on fire").as_deref(),
        Some("Republican claims")
    );
}

#[test]
fn an_attribution_after_the_quotation_takes_less_common_speech_verbs() {
    let text =
        "\"Donald Trump is not a racist, guys,\" Bruce LeVell assured the mostly white crowd.";
    assert_eq!(
        speaker_of(text, "not a racist").as_deref(),
        Some("Bruce LeVell")
    );
    let text = "\"This is fantastic!\" beamed Donald Hartley of Madison, Alabama.";
    assert_eq!(
        speaker_of(text, "fantastic").as_deref(),
        Some("Donald Hartley")
    );
    // Look-alike: a song title followed by a sound verb is not speech.
    let text = "\"All Right Now,\" by the band Free, blared from the speakers.";
    let found = quotes(text);
    assert!(found
        .iter()
        .all(|q| q.speaker_name.as_deref() != Some("Free")));
}

#[test]
fn the_words_after_an_attribution_report_no_new_speaker() {
    let text = "\"Who is the real con man here?\" said Patrick Murphy, using a term Rubio has used, on a conference call with reporters. \"Senator Rubio produced partisan bills that could not pass.\"";
    assert_eq!(
        speaker_of(text, "partisan bills").as_deref(),
        Some("Patrick Murphy")
    );
    // Look-alike: a new speaker named in a sentence of its own takes over.
    let text = "\"Who is the real con man here?\" said Patrick Murphy. Marco Rubio said the charge was absurd. \"I voted for the funding three times.\"";
    assert_eq!(
        speaker_of(text, "three times").as_deref(),
        Some("Marco Rubio")
    );
}

#[test]
fn a_name_after_the_quotation_speaks_through_several_asides() {
    let text = "\"Both of them scare me,\" Harry Bond, 30, of Raleigh, N.C., who was among those polled, said in an interview.";
    assert_eq!(speaker_of(text, "scare me").as_deref(), Some("Harry Bond"));
    // Look-alike: a name directly before the verb is its subject.
    let text = "Guccifer 2.0 was branded \"in homage to\" Lazar, Ellen Song wrote.";
    assert_eq!(speaker_of(text, "homage").as_deref(), Some("Ellen Song"));
}

#[test]
fn a_sentence_adverb_between_subject_and_verb_is_stepped_over() {
    let text = "Defense Secretary Ash Carter spoke on Friday.\n\nCarter however said he would welcome China's part in a \"principled security network\" for Asia.";
    assert_eq!(
        speaker_of(text, "principled").as_deref(),
        Some("Ash Carter")
    );
    // Look-alike: a clitic before the verb is no speaker.
    let text = "Researchers hope to harness that power for what's today typically called \"regenerative medicine.\"";
    assert_ne!(speaker_of(text, "regenerative").as_deref(), Some("'s"));
}

#[test]
fn a_quotation_after_narrative_goes_on_from_its_named_subject() {
    let text = "Richard Viguerie is upbeat about the senator's chances in November.\n\n\"Not only can he win in November, he is the one with the best chance.\"";
    assert_eq!(
        speaker_of(text, "Not only").as_deref(),
        Some("Richard Viguerie")
    );
    let text = "Carl Quintanilla seemed taken aback and mentioned the picture on the Web site. \"Does that not speak to your vetting process?\"";
    assert_eq!(
        speaker_of(text, "vetting").as_deref(),
        Some("Carl Quintanilla")
    );
    // Look-alike: a sentence that quotes someone else hands on no subject
    // of its own; and a description opening the narrative names nobody.
    let text = "The weather in Iowa was cold all week.\n\n\"Not only can he win in November, he is the one with the best chance.\"";
    assert_eq!(speaker_of(text, "Not only"), None);
}

#[test]
fn a_speech_noun_after_an_adjective_is_no_verb() {
    let text = "Ghazala Khan says she received a nervous call from her niece. \"She called me, crying, from the airport.\"";
    assert_ne!(speaker_of(text, "crying").as_deref(), Some("a nervous"));
    let text = "Bernie Sanders defended his recent remarks about Hillary Clinton, saying \"on her worst day\" she would be a better president.";
    assert_eq!(
        speaker_of(text, "worst day").as_deref(),
        Some("Bernie Sanders")
    );
    // Look-alike: a noun subject before a present-tense cue still speaks.
    let text = "The agency reports that the program is \"badly out of date.\"";
    assert_eq!(
        speaker_of(text, "out of date").as_deref(),
        Some("The agency")
    );
}

#[test]
fn a_participle_after_a_speech_verb_shares_its_subject() {
    let text = "Omar Mateen did not mingle but left as soon as prayers were finished, Bedi Nefzi said, adding, \"He was not very religious.\"";
    assert_eq!(
        speaker_of(text, "not very religious").as_deref(),
        Some("Bedi Nefzi")
    );
    let text = "Jeff Weaver spoke to the press.\n\nWeaver didn't seem impressed with the comments Tuesday, telling reporters, \"A lot of people said the governor should step down.\"";
    assert_eq!(
        speaker_of(text, "step down").as_deref(),
        Some("Jeff Weaver")
    );
    // Look-alike: a possessed speech noun before the participle is no verb.
    let text = "One operative inside Trump Tower tried to downplay Paul Ryan's comments, saying they were \"not a big deal around here.\"";
    assert_eq!(
        speaker_of(text, "big deal").as_deref(),
        Some("One operative inside Trump Tower")
    );
}

#[test]
fn whose_source_it_is_belongs_to_the_source() {
    let text =
        "\"The drop is directly attributable to the emails,\" said a person close to the Clintons.";
    assert_eq!(
        speaker_of(text, "drop").as_deref(),
        Some("a person close to the Clintons")
    );
    let text = "\"There never was a stand-down order,\" said the base chief known as Bob, speaking publicly for the first time.";
    assert_eq!(speaker_of(text, "stand-down").as_deref(), Some("Bob"));
    // Look-alike: "close to" a number is no relation.
    let text = "\"We raised close to a million dollars,\" said a person close to 40 donors.";
    assert_ne!(
        speaker_of(text, "million").as_deref(),
        Some("a person close to 40 donors")
    );
}

#[test]
fn a_surname_that_is_also_a_function_word_names_before_its_verb() {
    let text = "George Will wrote a column.\n\n\"This should hasten the eclipse of Donald Trump,\" Will wrote.";
    assert_eq!(speaker_of(text, "eclipse").as_deref(), Some("George Will"));
    let text = "\"Our challenge was to tackle those problems,\" Al From said.";
    assert_eq!(speaker_of(text, "challenge").as_deref(), Some("Al From"));
    // Look-alike: the modal itself, lowercase, is no name.
    let text = "\"Our challenge was to tackle those problems,\" the director will say.";
    assert_eq!(
        speaker_of(text, "challenge").as_deref(),
        Some("the director")
    );
}

#[test]
fn an_office_or_campaign_speaks_as_itself_not_as_its_person() {
    let text = "Colin Powell met her in 2009.\n\n\"He did write former Secretary Clinton a memo,\" Powell's office said in a statement.";
    assert_eq!(speaker_of(text, "memo").as_deref(), Some("Powell's office"));
    let text = "Donald Trump spoke in Ohio.\n\n\"This income was used for the campaign,\" the Trump campaign explained.";
    assert_eq!(
        speaker_of(text, "income").as_deref(),
        Some("the Trump campaign")
    );
    // Look-alike: an organisation's own name still takes its entity.
    let text = "\"We have no plans to change course,\" the Kremlin said.";
    assert_eq!(speaker_of(text, "no plans").as_deref(), Some("Kremlin"));
}

#[test]
fn a_phrase_that_runs_into_its_verb_ends_before_it() {
    let text = "A campaign TV ad released Thursday accuses Trump of buying influence \"in a pattern of sleaze stretching back decades.\"";
    assert_eq!(
        speaker_of(text, "sleaze").as_deref(),
        Some("A campaign TV ad")
    );
    // Look-alike: a verb after a full stop starts a new sentence; the
    // phrase does not run back over it.
    let text = "He was sentenced in the Eastern District of New York. I began to speak and the judge interrupted me. \"Explain to me why you are here.\"";
    assert_ne!(
        speaker_of(text, "Explain").as_deref(),
        Some("Eastern District of New York. I")
    );
}

#[test]
fn a_quantifier_opening_the_sentence_speaks_for_a_group() {
    let text = "Several said they would rather officials dole out the money in \"block grants\" to the states.";
    assert_eq!(speaker_of(text, "block grants").as_deref(), Some("Several"));
    // Look-alike: a lowercase quantifier inside a sentence is no speaker.
    let text =
        "Donald Trump retweeted an image that some said was \"wildly inaccurate\" about crime.";
    assert_ne!(speaker_of(text, "wildly").as_deref(), Some("some"));
}

#[test]
fn a_nickname_inside_a_name_is_no_quotation() {
    let text = "\"The nation is watching,\" state Del. Marcia \"Cia\" Price shouted to the crowd.";
    let found = quotes(text);
    assert!(found.iter().all(|q| q.text != "Cia"));
    assert!(speaker_of(text, "nation is watching").is_some_and(|s| s.contains("Price")));
    // Look-alike: a title-case headline ending in a quoted word keeps it.
    let text = "John Leguizamo On How History Makes Latinos Feel \"Invisible.\"\n\nGetty.";
    assert!(quotes(text).iter().any(|q| q.text.contains("Invisible")));
}

#[test]
fn a_stage_direction_in_a_transcript_is_nobody_s_words() {
    let text = "\"PENCE: We will rebuild our military and —.\n\n\"(CROSSTALK.)\n\n\"WALLACE: If I may, sir, we have limited time.";
    assert!(quotes(text).iter().all(|q| !q.text.contains("CROSSTALK")));
    // Look-alike: a speaker's turn in the same transcript is kept.
    assert!(quotes(text).iter().any(|q| q.text.contains("limited time")));
}

#[test]
fn a_new_sentence_reporting_a_clause_does_not_attribute_the_quotation_before_it() {
    let text = "\"It's a very sad development,\" Ted Cruz told reporters in Milwaukee. \"This is the consequence of the culture of the campaign.\" Ohio Gov. John Kasich said he would have fired the manager.";
    assert_eq!(speaker_of(text, "consequence").as_deref(), Some("Ted Cruz"));
    // Look-alike: a short attribution after the full stop still counts.
    let text = "\"We're trying to show some mercy to the bully.\" Kevin Tripp said.";
    assert_eq!(speaker_of(text, "mercy").as_deref(), Some("Kevin Tripp"));
}

#[test]
fn a_speech_noun_goes_on_with_its_phrase() {
    let text = "Dan Gross live tweeted the speech. An early tweet quoted the president as saying \"Need to do something to prevent the next shooting.\"";
    assert_ne!(
        speaker_of(text, "prevent the next").as_deref(),
        Some("An early")
    );
    // Look-alike: a preposition opening the sentence is no speaker.
    let text =
        "Outside the hall, about 200 protesters gathered, chanting \"Dump Trump, dump Trump.\"";
    assert_ne!(speaker_of(text, "Dump Trump").as_deref(), Some("Outside"));
}

#[test]
fn a_possessed_speech_noun_before_the_quotation_leaves_it_to_the_reporting_verb() {
    let text = "House Speaker Paul Ryan told CNN on Tuesday that Ruth Bader Ginsburg's comments \"show bias to me.\"";
    assert_eq!(speaker_of(text, "show bias").as_deref(), Some("Paul Ryan"));
    // Look-alike: with no reporting verb, the possessor's words are hers.
    let text = "Ruth Bader Ginsburg made headlines again. Ginsburg's comments \"were not meant for the record.\"";
    assert_eq!(
        speaker_of(text, "the record").as_deref(),
        Some("Ruth Bader Ginsburg")
    );
}

#[test]
fn continue_to_is_no_speech_verb() {
    let text = "Ted Cruz said he is certain Marco Rubio will continue to be \"a champion for limitless opportunity.\"";
    assert_eq!(speaker_of(text, "champion").as_deref(), Some("Ted Cruz"));
    // Look-alike: "continued" before the quotation still introduces it.
    let text = "\"We will win,\" Ted Cruz said. He continued, \"And we will win big.\"";
    assert_eq!(speaker_of(text, "win big").as_deref(), Some("Ted Cruz"));
}

#[test]
fn a_pronoun_takes_the_sex_the_entity_pass_knows_through_an_epithet() {
    // "Crooked Hillary Clinton" is the fullest form, but she is Hillary
    // Clinton: "he" is not hers, and "she" is.
    let text = "Voters at the rally booed Crooked Hillary Clinton on Friday.\n\n\"I was there and it was a disgrace to the whole state,\" he said.\n\nClinton says she admired Jane Roe's courage in what she calls a \"war of words.\"";
    assert_eq!(speaker_of(text, "disgrace"), None);
    assert_eq!(
        speaker_of(text, "war of words").as_deref(),
        Some("Hillary Clinton")
    );
}

#[test]
fn words_of_an_organisation_name_are_no_antecedent() {
    let text = "Donald Trump spoke in Ohio on Friday.\n\nHe notes that the Commission on Presidential Debates announced an issue with his microphone.\n\n\"It was rigged against me,\" he said.";
    assert_eq!(speaker_of(text, "rigged").as_deref(), Some("Donald Trump"));
    // Look-alike: a woman named in between does not take "he".
    let text = "Donald Trump spoke in Ohio on Friday.\n\nHe notes that Jane Roe announced an issue with his microphone.\n\n\"It was rigged against me,\" he said.";
    assert_eq!(speaker_of(text, "rigged").as_deref(), Some("Donald Trump"));
}

#[test]
fn a_count_after_of_belongs_to_the_description() {
    let q = quotes("When pressed on why the plan leaves out fathers, the 34-year-old mother of three replied, \"It is meant to benefit every family.\"");
    assert_eq!(
        q[0].speaker_name.as_deref(),
        Some("the 34-year-old mother of three")
    );
    assert_eq!(q[0].speaker_kind, SpeakerKind::Person);
    // Look-alike: as an aside to a name, the description leaves the
    // name to speak.
    let text = "Jane Roe, a mother of three, said, \"It is meant to benefit every family.\"";
    assert_eq!(
        speaker_of(text, "every family").as_deref(),
        Some("Jane Roe")
    );
}

#[test]
fn a_party_tag_or_relative_clause_after_the_subject_is_stepped_over() {
    let text = "House Speaker Paul Ryan, R-Wis., despite admitting that he had concerns about \"trial lawyers trying to get rich,\" backed the bill.";
    assert_eq!(
        speaker_of(text, "trial lawyers").as_deref(),
        Some("Paul Ryan")
    );
    let text = "Sen. Ted Cruz, who has surged in Iowa, called the plan \"a disaster for farmers.\"";
    assert_eq!(speaker_of(text, "disaster").as_deref(), Some("Ted Cruz"));
    // Look-alike: an aside that is neither leaves the clause without a
    // named subject.
    let text = "House Speaker Paul Ryan, Chuck Schumer and the mayor backed a bill about \"trial lawyers trying to get rich.\"";
    assert_ne!(
        speaker_of(text, "trial lawyers").as_deref(),
        Some("Paul Ryan")
    );
}

#[test]
fn a_nickname_inside_a_name_keeps_the_name_whole() {
    let text = "\"This is a big year for our senator!\" Scott's niece, state Del. Marcia \"Cia\" Price (D-Newport News), shouted to the crowd.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "the nickname is no quotation");
    assert_eq!(q[0].speaker_name.as_deref(), Some("Marcia \"Cia\" Price"));
    // Look-alike: a quoted word between two names that is no nickname
    // position ("Price "Cia" said") is left alone.
    let text = "\"We won!\" Scott's niece, Marcia Price, said.";
    assert_eq!(speaker_of(text, "We won").as_deref(), Some("Marcia Price"));
}

#[test]
fn a_title_in_the_sentence_before_does_not_stop_its_subject_carrying_over() {
    let text = "Rain fell all day.\n\nOn \"Face the Nation,\" Sen. Bernie Sanders (Vt.), who lost the primaries, named exhaustion with bigotry as a reason. \"The younger people are sick and tired of discrimination.\"";
    assert_eq!(
        speaker_of(text, "sick and tired").as_deref(),
        Some("Bernie Sanders")
    );
    // Look-alike: a name after the title that is not the clause's
    // subject is handed nothing.
    let text = "Rain fell all day.\n\nOn \"Face the Nation,\" the host pressed Bernie Sanders on bigotry. \"The younger people are sick and tired of discrimination.\"";
    assert_ne!(
        speaker_of(text, "sick and tired").as_deref(),
        Some("Bernie Sanders")
    );
}

#[test]
fn quotations_joined_by_and_share_the_verb_that_introduced_the_first() {
    let text = "As Tom Reyes went on about \"how the system is rigged\" and \"wounded American families,\" Jane Roe nodded and said nothing.";
    assert_eq!(speaker_of(text, "rigged").as_deref(), Some("Tom Reyes"));
    assert_eq!(speaker_of(text, "wounded").as_deref(), Some("Tom Reyes"));
    // Look-alike: a quotation after its own verb keeps it.
    let text =
        "Tom Reyes said \"the system is rigged.\" Jane Roe said \"the system works,\" and left.";
    assert_eq!(
        speaker_of(text, "system works").as_deref(),
        Some("Jane Roe")
    );
}

#[test]
fn a_past_tense_after_a_plural_subject_ends_the_phrase() {
    let text = "In August, several environmental groups granted Mr. Clarke an extension, saying his \"start-up capital was less than expected.\"";
    assert_eq!(
        speaker_of(text, "start-up").as_deref(),
        Some("several environmental groups")
    );
    // Look-alike: a possessive before a past participle is no plural noun.
    let text = "The Republican Party’s presumed White House nominee, Tom Reyes has won millions by echoing themes embraced by “Leave” voters.";
    assert_eq!(speaker_of(text, "Leave").as_deref(), Some("Tom Reyes"));
}

#[test]
fn an_occupation_in_an_aside_keeps_the_name_as_subject() {
    let text = "Dean, a medical doctor, then appeared on MSNBC and began by saying he would \"never\" diagnose anyone on television.";
    assert_eq!(speaker_of(text, "never").as_deref(), Some("Dean"));
    // Look-alike: an aside that is no role breaks the clause.
    let text = "Dean, Ohio and Maine then appeared on the list, saying they would \"never\" diagnose anyone on television.";
    assert_ne!(speaker_of(text, "never").as_deref(), Some("Dean"));
}

#[test]
fn a_person_placed_by_a_preposition_speaks_not_the_place() {
    let q = quotes("\"Why didn't he pay his taxes?\" a narrator in the Clinton ad asks.");
    assert_eq!(
        q[0].speaker_name.as_deref(),
        Some("a narrator in the Clinton ad")
    );
    assert_eq!(q[0].speaker_kind, SpeakerKind::Person);
    let text = "Protesters marching through the streets chanted \"What curfew?\" and kept going.";
    assert_eq!(
        speaker_of(text, "curfew").as_deref(),
        Some("Protesters marching through the streets")
    );
    // Look-alike: a document in a place is still the document.
    let q = quotes("A report in the journal found \"clear signs of neglect\" at two homes.");
    assert_eq!(q[0].speaker_kind, SpeakerKind::Document);
}

#[test]
fn a_speech_noun_after_a_name_modifier_is_the_document() {
    let q = quotes("\"The outlook is uncertain,\" the IMF report stated.");
    assert_eq!(q[0].speaker_name.as_deref(), Some("the IMF report"));
    assert_eq!(q[0].speaker_kind, SpeakerKind::Document);
    // Look-alike: an outlet that reports a clause is the speaker.
    let text = "The New York Post reports that the aide called it \"a total disaster.\"";
    assert_ne!(
        speaker_of(text, "total disaster").as_deref(),
        Some("The New York Post reports")
    );
}

#[test]
fn per_names_a_source_as_according_to_does() {
    let text = "Proxies are barred when voting \"to fill a vacancy on the ticket,\" per the party's bylaws.";
    let q = quotes(text);
    assert_eq!(q[0].speaker_name.as_deref(), Some("the party's bylaws"));
    assert_eq!(q[0].speaker_kind, SpeakerKind::Document);
    // Look-alikes: a go-between of a verb, and a rate.
    let text = "Tom Reyes said, per a translator, that the server \"was like an open orchid.\"";
    assert_eq!(speaker_of(text, "orchid").as_deref(), Some("Tom Reyes"));
    let text = "Gas rose to \"three dollars\" per gallon, Jane Roe said.";
    assert_eq!(
        speaker_of(text, "three dollars").as_deref(),
        Some("Jane Roe")
    );
}

#[test]
fn a_short_place_after_an_unnamed_source_is_part_of_it() {
    let text = "\"Republicans are in a frenzy,\" said one Democratic source on the panel.";
    assert_eq!(
        speaker_of(text, "frenzy").as_deref(),
        Some("one Democratic source on the panel")
    );
    // Look-alike: a time after the source is not.
    let text = "\"Republicans are in a frenzy,\" said one source on Tuesday.";
    assert_eq!(speaker_of(text, "frenzy").as_deref(), Some("one source"));
}

#[test]
fn a_quotation_in_an_opening_participle_clause_is_the_main_subjects() {
    let text = "Bemoaning the \"phony system,\" Tom Reyes accused the moderator of bias.";
    assert_eq!(speaker_of(text, "phony").as_deref(), Some("Tom Reyes"));
    // Look-alike: a description after the clause is no named subject.
    let q = quotes("Bemoaning the \"phony system,\" the crowd booed the moderator.");
    assert!(q.iter().all(|q| q.speaker_name.is_none()));
}

#[test]
fn two_roles_joined_by_and_are_one_speaker() {
    let text = "On the show, the former secretary of state and current Democratic nominee said she wanted to speak \"directly to white people.\"";
    assert_eq!(
        speaker_of(text, "white people").as_deref(),
        Some("the former secretary of state and current Democratic nominee")
    );
    // Look-alike: two names joined by "and" are not merged into a role.
    let text = "Jane Roe and Tom Reyes said the plan was \"dead on arrival.\"";
    assert_ne!(
        speaker_of(text, "dead on arrival").as_deref(),
        Some("Jane Roe and Tom Reyes")
    );
}

#[test]
fn singing_is_speech() {
    let text = "In a preview clip, Mary J. Blige sings to Hillary Clinton.\n\n\"Promise mama you'll keep your hands in sight,\" Blige sings to Clinton.";
    assert_eq!(
        speaker_of(text, "Promise mama").as_deref(),
        Some("Mary J. Blige")
    );
}

#[test]
fn a_naming_participle_right_before_the_name_is_passive() {
    let text = "Giving a speech in Toledo, Hillary Clinton says the Ohio native nicknamed \"King James\" is a longtime advocate for children.";
    assert_eq!(
        speaker_of(text, "King James").as_deref(),
        Some("Hillary Clinton")
    );
    // Look-alike: with its object between, the naming verb is active.
    let text = "At the rally, Donald Trump nicknamed him \"Little Marco\" again.";
    assert_eq!(
        speaker_of(text, "Little Marco").as_deref(),
        Some("Donald Trump")
    );
}

#[test]
fn a_possessor_s_person_in_an_aside_keeps_the_name_as_subject() {
    let text = "Attorney General Roy Cooper (D), McCrory's opponent in the upcoming election, called for releasing the videos, saying that transparency \"breaks down barriers.\"";
    assert_eq!(
        speaker_of(text, "breaks down").as_deref(),
        Some("Roy Cooper")
    );
    // Look-alike: a possessive that is the whole aside's subject.
    let text = "Attorney General Roy Cooper, McCrory's, and the mayor called for the videos, saying that transparency \"breaks down barriers.\"";
    assert_ne!(
        speaker_of(text, "breaks down").as_deref(),
        Some("McCrory's")
    );
}

#[test]
fn a_document_opening_the_sentence_frames_what_it_reports() {
    let text = "The statement noted they had previously said they would take \"further significant measures\" after a test.";
    assert_eq!(
        speaker_of(text, "further significant").as_deref(),
        Some("The statement")
    );
    // Look-alike: a document after a preposition frames nothing.
    let text = "In a Facebook message posted Friday, Ted Cruz said he has had \"areas of significant disagreement\" with the nominee.";
    assert_eq!(
        speaker_of(text, "areas of significant").as_deref(),
        Some("Ted Cruz")
    );
}

#[test]
fn an_age_and_a_role_between_commas_keep_the_name() {
    let text = "Ramil Carr, 31, a Philadelphia freelance photographer, said the convention was the \"perfect opportunity\" to speak up.";
    assert_eq!(
        speaker_of(text, "perfect opportunity").as_deref(),
        Some("Ramil Carr")
    );
    // Look-alike: a count between commas is no age of the name before.
    let text =
        "The votes were counted, 31, and the clerk said the result was \"final and binding.\"";
    assert_ne!(speaker_of(text, "final and binding").as_deref(), Some("31"));
}

#[test]
fn a_surname_ending_in_s_opens_a_sentence_as_a_name() {
    let text = "Bernie Sanders spoke last.\n\nSanders delivered a snappy retort: \"No one is tearing this up.\"";
    assert_eq!(
        speaker_of(text, "tearing this up").as_deref(),
        Some("Bernie Sanders")
    );
    // Look-alike: a plural noun opening a sentence is no name.
    let q = quotes("Officials delivered a retort: \"No one is tearing this up.\"");
    assert_ne!(q[0].speaker_name.as_deref(), Some("Officials"));
}

#[test]
fn a_short_lowercase_aside_leaves_the_subject_as_it_was() {
    let text = "Former Gov. Mike Huckabee, for his part, is labeling the actions \"a blatant abuse of power.\"";
    assert_eq!(
        speaker_of(text, "blatant abuse").as_deref(),
        Some("Mike Huckabee")
    );
    // Look-alike: a longer aside after a place is no clause's subject.
    let text = "Voter Jane Roe of Derry, N.H., before the big barn event, a barbecue, shrugged. \"Some sort of amnesty is part of his plan.\"";
    assert_ne!(speaker_of(text, "amnesty").as_deref(), Some("N.H."));
}

#[test]
fn a_preposition_is_no_part_of_a_speaker_phrase() {
    let text = "Frustrated, Bernie Sanders said he \"cannot walk down the street\" without reporters asking him about it.";
    assert_eq!(
        speaker_of(text, "walk down").as_deref(),
        Some("Bernie Sanders")
    );
    // Look-alike: the object of "in" is no subject either.
    let text = "The employee first said he did not recall it, but in a later interview said he had an \"Oh, no\" moment.";
    assert_ne!(
        speaker_of(text, "Oh, no").as_deref(),
        Some("a later interview")
    );
}

#[test]
fn a_name_that_places_an_unnamed_source_is_part_of_it() {
    let text = "One operative inside Trump Tower tried to downplay the comments, saying they were \"not a big deal around here.\"";
    assert_eq!(
        speaker_of(text, "big deal").as_deref(),
        Some("One operative inside Trump Tower")
    );
    // Look-alike: "in" before a time is no place.
    let text = "\"It is not a big deal,\" one operative said in March.";
    assert_eq!(
        speaker_of(text, "big deal").as_deref(),
        Some("one operative")
    );
}

#[test]
fn a_subject_joined_by_and_speaks_as_a_group() {
    let q = quotes("Kloppenburg and her backers ran an ad calling the judge \"a partisan.\"");
    assert_eq!(
        q[0].speaker_name.as_deref(),
        Some("Kloppenburg and her backers")
    );
    assert_eq!(q[0].speaker_kind, SpeakerKind::Group);
    // Look-alike: a description joined to a name by "and" before a comma
    // is an aside, not the subject.
    let text = "Preceded by Joe Arpaio, the Arizona sheriff and hard-liner, Donald Trump launched into a lament for the \"countless Americans\" he said were victims.";
    assert_eq!(
        speaker_of(text, "countless Americans").as_deref(),
        Some("Donald Trump")
    );
}

#[test]
fn a_name_opening_a_clause_after_and_is_its_subject() {
    let text = "As the debate progressed and Donald Trump stood by his comment Monday that \"Islam hates us,\" his rivals tried again.";
    assert_eq!(
        speaker_of(text, "Islam hates").as_deref(),
        Some("Donald Trump")
    );
    // Look-alike: a name after "and" inside an aside is no subject.
    let text = "Filling in at the event where Hillary Clinton and Martin O'Malley appeared, Cornel West landed a dig at \"my dear sister Hillary Clinton.\"";
    assert_eq!(
        speaker_of(text, "my dear sister").as_deref(),
        Some("Cornel West")
    );
}

#[test]
fn a_reflexive_aside_and_an_adverb_leave_the_subject_in_place() {
    let text = "Sarah Silverman, herself a Sanders supporter, incurred a wave of boos upon saying, \"Hillary heard the passion of the people.\"";
    assert_eq!(
        speaker_of(text, "passion").as_deref(),
        Some("Sarah Silverman")
    );
    let text = "Both have used aggressive language, with Ted Cruz recently promising to \"carpet bomb them into oblivion.\"";
    assert_eq!(speaker_of(text, "carpet bomb").as_deref(), Some("Ted Cruz"));
    // Look-alike: a word that is no adverb between them breaks the link.
    let text = "Both have used aggressive language, with Ted Cruz supporters promising to \"carpet bomb them into oblivion.\"";
    assert_ne!(speaker_of(text, "carpet bomb").as_deref(), Some("Ted Cruz"));
}

#[test]
fn the_agent_of_a_passive_verb_of_naming_speaks() {
    let text = "This feature of the movement has been called \"strategic ambiguity\" by Joshua Hendrick, a professor at Loyola University.";
    assert_eq!(
        speaker_of(text, "strategic ambiguity").as_deref(),
        Some("Joshua Hendrick")
    );
    // Look-alike: a quotation that is the object of a preposition after
    // the verb is not what the agent said.
    let text = "Ted Cruz called it a \"paperwork error\" that was reported in a \"hit piece\" by The New York Times.";
    assert_ne!(
        speaker_of(text, "hit piece").as_deref(),
        Some("The New York Times")
    );
}

#[test]
fn a_footnote_or_headline_is_a_document() {
    let q =
        quotes("A footnote in the report makes that clear: \"These assessments do not apply.\"");
    assert_eq!(q[0].speaker_kind, SpeakerKind::Document);
}

#[test]
fn an_adverb_before_the_verb_ends_the_subject() {
    let text = "The Republican nominee also outlined his cybersecurity plan and vowed to punish \"those who violate classification rules.\"";
    assert_eq!(
        speaker_of(text, "classification rules").as_deref(),
        Some("The Republican nominee")
    );
}

#[test]
fn a_preposition_or_conjunction_opening_the_sentence_is_no_speaker() {
    let text = "With Democratic leaders increasingly worried about turnout, President Obama is rolling out a new campaign message: \"It's about me.\"";
    assert_eq!(speaker_of(text, "about me").as_deref(), Some("Obama"));
    let q = quotes("There's still time for reconciliation, even after repeatedly dismissing them as the \"Washington cartel\" in public.");
    assert!(q
        .iter()
        .all(|q| q.speaker_name.as_deref() != Some("There's")));
    // Look-alike: a first name that is also a modal opens a name.
    let text = "Will Doyle, a professor at Vanderbilt University, called the debt \"a crushing burden\" for graduates.";
    assert!(speaker_of(text, "crushing burden").is_some_and(|s| s.ends_with("Doyle")));
}

#[test]
fn a_title_does_not_bound_the_quotations_around_it() {
    let text = "On Sunday, Bernie Sanders issued a new line of attack, stating on NBC's \"Meet the Press\" that her \"judgment\" was lacking.";
    let q = quotes(text);
    assert!(
        q.iter().all(|q| q.text != "Meet the Press"),
        "a title is no quotation"
    );
    assert_eq!(
        speaker_of(text, "judgment").as_deref(),
        Some("Bernie Sanders")
    );
    // Look-alike: a quotation in title case after a speech verb is one.
    let text = "Bernie Sanders said \"Enough Is Enough\" to the crowd.";
    assert_eq!(
        speaker_of(text, "Enough Is Enough").as_deref(),
        Some("Bernie Sanders")
    );
}

#[test]
fn as_someone_puts_it() {
    let text = "As The Post's Dana Milbank puts it, \"Senate Republicans are unmoved.\"";
    assert_eq!(speaker_of(text, "unmoved").as_deref(), Some("Dana Milbank"));
}

#[test]
fn a_description_by_occupation_or_standing_speaks() {
    let text = "Declaring that he alone could fix it, the billionaire real estate mogul offered himself as a \"law and order\" candidate.";
    assert_eq!(
        speaker_of(text, "law and order").as_deref(),
        Some("the billionaire real estate mogul")
    );
    // Look-alike: a thing, not a person, is no speaker.
    let q = quotes(
        "Declaring victory, the real estate market offered buyers a \"law and order\" premium.",
    );
    assert!(q.iter().all(|q| q.speaker_name.is_none()));
}
