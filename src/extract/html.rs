//! Native HTML reading: turns an HTML file into the [`super::Page`] the
//! browser's content script would build from the live DOM.
