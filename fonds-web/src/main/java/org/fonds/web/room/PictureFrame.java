package org.fonds.web.room;

import java.util.List;
import org.fonds.web.room.DocumentView.Link;

/**
 * What every picture page has around its picture: the dates asked for (as typed, for the form), an
 * error when they could not be read, the range shown in words, links to the sessions before and
 * after, and the downloads of the data drawn and of the whole tables behind it. {@code subject}: what
 * the dates choose ("Sessions", "Records").
 */
public record PictureFrame(String action, String subject, String from, String to, String error, String shown, String earlier, String later,
                           List<Link> downloads) {
    public PictureFrame {
        downloads = List.copyOf(downloads);
    }
}
