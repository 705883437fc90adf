//! Web-page leftovers and figures: a credited photo caption states the event's facts and is
//! read; a caption's bare copy and the page's teasers of other stories are not.

use super::sentences::figures;

#[test]
fn a_credited_caption_is_read_once_and_a_teaser_not_at_all() {
    let text = "Rescuers search the rubble where 14 people died on Saturday, Nov. 3, 2024\n\n\
Rescuers search the rubble where 14 people died on Saturday, Nov. 3, 2024. (AP Photo/Jane Doe)\n\n\
The building collapsed in the morning, officials said.\n\n\
Read also: 300 homes flooded in last year's storm";
    let found: Vec<String> = figures(text).into_iter().map(|f| f.text).collect();
    assert_eq!(
        found.iter().filter(|t| t.as_str() == "14").count(),
        1,
        "{found:?}"
    );
    assert!(found.iter().any(|t| t == "Nov. 3"), "{found:?}");
    assert!(!found.iter().any(|t| t == "300"), "{found:?}");
}
