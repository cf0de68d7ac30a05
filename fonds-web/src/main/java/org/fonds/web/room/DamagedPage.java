package org.fonds.web.room;

/** The page that says a stored copy failed its fixity check, instead of showing it (issue 15). */
public final class DamagedPage {
    private DamagedPage() {
    }

    public static String html(String message) {
        return Templates.render("damaged.jte", message);
    }
}
