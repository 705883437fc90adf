//! The library and the reader: what a user sees on the seeds at a roomy and a small size, help, paging, the compare pane and the jumps.

use super::*;

#[test]
fn library_and_reader_on_the_seeds_at_120x40() {
    let app = seeds_app(120, 40);
    insta::assert_snapshot!(render(&app).backend());
}

#[test]
fn library_and_reader_on_the_seeds_at_60x20() {
    let app = seeds_app(60, 20);
    insta::assert_snapshot!(render(&app).backend());
}

#[test]
fn all_five_titles_are_listed() {
    let screen = screen_text(&render(&seeds_app(120, 40)));
    for title in [
        "More than 160 dead and thousands arrested",
        "Kazakhstan’s Growing Protests",
        "Kazakhstan protests: president threatens ruthless crackdown",
        "Dozens dead in unrest in Kazakhstan",
        "What is happening in Kazakhstan?",
    ] {
        assert!(screen.contains(title), "missing {title} in\n{screen}");
    }
    assert!(screen.contains("The Speaker") && screen.contains("2023-11-29"));
}

#[test]
fn opening_the_last_article_shows_it_in_the_reader() {
    let mut app = seeds_app(120, 40);
    app.update(Action::Bottom);
    app.update(Action::Open);
    assert_eq!(app.focus, Focus::Reader);
    assert_eq!(app.views.reader.article, 4);
    assert_shows(
        &app,
        &[
            "┏ What is happening in Kazakhstan? — The Speaker",
            "have been reportedly killed",
        ],
    );
}

#[test]
fn the_current_sentence_is_highlighted_and_moves_with_the_keys() {
    let mut app = seeds_app(120, 40);
    app.update(Action::FocusNext);
    let before = app.views.reader.sentence;
    app.update(Action::Down);
    assert!(app.views.reader.sentence > before);
    let terminal = render(&app);
    let buf = terminal.backend().buffer();
    let sentence = app.corpus.articles[0].sentence_text(app.views.reader.sentence);
    let first_word = sentence.split_whitespace().next().expect("non-empty");
    let highlight = app.theme.style(Role::CurrentSentence);
    let screen = screen_text(&terminal);
    let row = screen
        .lines()
        .position(|l| l.chars().nth(3) == Some('›'))
        .expect("gutter marks the current sentence");
    let line: String = screen.lines().nth(row).expect("row").to_string();
    let col = line[..line.find(first_word).expect("first word on the marked row")]
        .chars()
        .count();
    let cell = &buf[(col as u16, row as u16)];
    assert_eq!(
        cell.bg,
        highlight.bg.unwrap_or(cell.bg),
        "current sentence has the highlight background"
    );
    assert!(cell.modifier.contains(highlight.add_modifier));
}

#[test]
fn help_lists_every_key_of_the_keymap() {
    let mut app = seeds_app(120, 90);
    app.update(Action::Help);
    let screen = screen_text(&render(&app));
    for e in crate::tui::keymap::TABLE {
        assert!(
            screen.contains(e.description),
            "help lacks {:?}",
            e.description
        );
    }
    app.update(Action::Cancel);
    assert!(app.overlays.help.is_none());
}

#[test]
fn at_80_columns_help_wraps_every_description_instead_of_cutting_it() {
    let mut app = seeds_app(80, 200);
    app.update(Action::Help);
    let terminal = render(&app);
    let buf = terminal.backend().buffer();
    // The overlay's text, inside its border (76 wide, centred), read as one run of words.
    let mut words = Vec::new();
    for y in 1..buf.area.height - 1 {
        let row: String = (3..77).map(|x| buf[(x, y)].symbol()).collect();
        words.extend(row.split_whitespace().map(str::to_string));
    }
    let text = words.join(" ");
    let described = crate::tui::keymap::TABLE.iter().map(|e| e.description);
    let legend = crate::tui::components::help::LEGEND.iter().map(|(_, m)| *m);
    for what in described.chain(legend) {
        assert!(text.contains(what), "help cuts {what:?}:\n{text}");
    }
}

#[test]
fn a_tiny_terminal_gets_a_message_not_a_broken_layout() {
    let mut app = seeds_app(120, 40);
    app.update(Action::Resize(30, 8));
    assert_shows(&app, &["at least 40×12"]);
    app.update(Action::Resize(100, 30));
    assert_shows(&app, &["Library (5)"]);
}

#[test]
fn hiding_boilerplate_removes_share_lines_from_the_reader() {
    let mut app = seeds_app(120, 80);
    app.update(Action::FocusNext);
    app.update(Action::Bottom);
    assert_shows(&app, &["Share this:"]);
    app.update(Action::ToggleBoilerplate);
    let screen = assert_shows(&app, &["hidden"]);
    assert!(!screen.contains("Share this:"), "{screen}");
}

#[test]
fn paging_moves_the_current_sentence_with_the_view() {
    let mut app = seeds_app(80, 24);
    app.update(Action::Down);
    app.update(Action::Down);
    app.update(Action::Down);
    app.update(Action::Open);
    let first = app.views.reader.sentence;
    app.update(Action::PageDown);
    assert!(app.views.reader.scroll > 0);
    assert!(app.views.reader.sentence > first);
    app.update(Action::Top);
    assert_eq!(app.views.reader.scroll, 0);
    app.update(Action::Scroll(3));
    assert_eq!(app.views.reader.scroll, 3);
}

#[test]
fn the_compare_pane_shows_the_speakers_counterpart_of_the_twelve_police_officers() {
    let mut app = seeds_app(120, 40);
    find(&mut app, "Twelve police officers");
    assert_eq!(app.views.reader.article, 3);
    let terminal = render(&app);
    let screen = screen_text(&terminal);
    let pane: String = screen
        .lines()
        .map(|l| l.chars().skip(66).collect::<String>())
        .collect::<Vec<_>>()
        .join("\n");
    assert!(
        pane.contains("The Speaker") && pane.contains("353") && pane.contains("12 killed"),
        "{pane}"
    );
    insta::assert_snapshot!(terminal.backend());
}

#[test]
fn on_a_small_terminal_enter_shows_the_counterparts_in_the_readers_place_and_esc_goes_back() {
    // 80×24 has room for neither counterparts beside the reader nor under it.
    let mut app = seeds_app(80, 24);
    find(&mut app, "Twelve police officers");
    assert!(app.panes().compare.is_none());
    let reading = assert_shows(&app, &["Twelve police officers"]);
    assert!(!reading.contains("Counterparts"), "{reading}");

    app.update(Action::Open);
    assert_eq!(app.focus, Focus::Compare);
    let screen = assert_shows(&app, &["Counterparts", "The Speaker", "12 killed"]);
    assert!(!screen.contains("Twelve police officers were"), "{screen}");

    app.update(Action::Cancel);
    assert_eq!(app.focus, Focus::Reader);
    let back = assert_shows(&app, &["Twelve police officers"]);
    assert!(!back.contains("Counterparts"), "{back}");
}

#[test]
fn conflict_and_unique_jumps_move_the_reader() {
    let mut app = seeds_app(120, 40);
    app.update(Action::NextConflict);
    let at = (app.views.reader.article, app.views.reader.sentence);
    let report = app.analysis.report.as_ref().expect("analysed");
    assert!(
        report
            .figures
            .in_sentence(at.0, at.1)
            .any(|f| report.figures.is_conflicting(f.id))
    );
    app.update(Action::JumpBack);
    app.update(Action::NextUnique);
    let p = app.context().at;
    assert_eq!(
        app.analysis
            .report
            .as_ref()
            .expect("analysed")
            .alignment
            .coverage(p),
        0
    );
}

#[test]
fn at_60_columns_the_tab_bar_shows_every_view_and_the_position_without_overlap() {
    let mut app = seeds_app(120, 20);
    let mut terminal = Terminal::new(TestBackend::new(120, 20)).expect("test backend");
    terminal.draw(|f| draw(&app, f)).expect("draw");
    // the user narrows the terminal to 60 columns
    terminal.backend_mut().resize(60, 20);
    app.update(Action::Resize(60, 20));
    terminal.draw(|f| draw(&app, f)).expect("draw");
    let screen = screen_text(&terminal);
    let top = screen.lines().next().expect("tab bar");
    for tab in ["[1 Read]", " 2 Columns ", " 3 Figures ", " 4 Notes "] {
        assert!(top.contains(tab), "{tab:?} is cut in {top:?}");
    }
    // the position sits after the last tab, apart from it, and nothing is drawn over it
    let (position, total) = app.reader_position();
    let counter = format!("{position}/{total}");
    let notes_end = top.find(" 4 Notes ").expect("notes tab") + " 4 Notes ".len();
    assert!(top[notes_end..].trim() == counter, "{top:?}");
    assert!(
        !top.contains("articles"),
        "no room for the article count: {top:?}"
    );
}

#[test]
fn a_huge_article_opens_at_once_with_a_few_screens_laid_out_and_the_rest_arrives_later() {
    let text = common::long_report(2_000_000);
    let corpus = corpus::Corpus::from_texts(&["A short report.\n\nOne paragraph.", &text]);
    let mut app = build_app(corpus, &UserConfig::default(), (100, 30)).expect("default config");
    app.update(Action::Down);
    app.update(Action::Open);
    assert_eq!(app.views.reader.article, 1);
    let height = app.panes().reader_text.height as usize;
    // The UI thread wrapped a few screens, not the ~30,000 lines of the whole article.
    let few_screens = 6 * height;
    assert!(
        app.views.reader.layout.lines.len() <= few_screens,
        "{} lines laid out on opening",
        app.views.reader.layout.lines.len()
    );
    let screen = screen_text(&render(&app));
    assert!(screen.contains("A very long report"), "{screen}");
    // Keys answer at once: moving down through several screens, then to the end.
    for _ in 0..120 {
        app.update(Action::Down);
        assert!(app.views.reader.layout.lines.len() <= few_screens);
        assert!(current_sentence_on_screen(&app));
    }
    assert!(
        app.views.reader.sentence >= 120,
        "at sentence {}",
        app.views.reader.sentence
    );
    app.update(Action::Bottom);
    assert!(app.views.reader.layout.lines.len() <= few_screens);
    let screen = screen_text(&render(&app));
    assert!(
        screen.contains("The last sentence of the report."),
        "{screen}"
    );
    // A resize lays out a few screens again, at the new width.
    app.update(Action::Resize(80, 30));
    assert!(app.views.reader.layout.lines.len() <= few_screens);
    assert!(current_sentence_on_screen(&app));
    // The whole layout arrives from a thread; the reader stays at the end of the article.
    let started = std::time::Instant::now();
    while !app.receive_layout() {
        assert!(
            started.elapsed() < std::time::Duration::from_secs(120),
            "the whole layout never arrived"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let width = app.panes().reader_text.width as usize;
    let whole = crate::tui::wrap::layout(&app.corpus.articles[1], width, false, &[]);
    assert_eq!(app.views.reader.layout.lines, whole.lines);
    assert!(app.views.reader.layout.partial.is_none());
    assert!(current_sentence_on_screen(&app));
    let screen = screen_text(&render(&app));
    assert!(
        screen.contains("The last sentence of the report."),
        "{screen}"
    );
}
