package org.xxgk.server;

import io.javalin.http.HttpResponseException;

/** The formats a report is downloaded in: the facade's writer, the file's suffix and its media type. */
enum Download {
    XLSX("xlsx", ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    JSON("json", ".json", "application/json; charset=utf-8"),
    CSV("csv", ".csv", "text/csv; charset=utf-8"),
    HTML("html", ".html", "text/html; charset=utf-8");

    private final String format;
    private final String suffix;
    private final String contentType;

    Download(String format, String suffix, String contentType) {
        this.format = format;
        this.suffix = suffix;
        this.contentType = contentType;
    }

    static Download of(String format) {
        for (Download d : values()) {
            if (d.format.equals(format)) {
                return d;
            }
        }
        throw new HttpResponseException(404, "不支持下载为 " + format + "，可选：xlsx、json、csv、html");
    }

    String format() {
        return format;
    }

    String suffix() {
        return suffix;
    }

    String contentType() {
        return contentType;
    }
}
