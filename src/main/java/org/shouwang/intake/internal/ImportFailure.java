package org.shouwang.intake.internal;

/** A file the job cannot read at all (wrong format, broken zip, wrong headers): the job fails with this message. */
class ImportFailure extends Exception {

    final String code;

    ImportFailure(String code, String message) {
        super(message);
        this.code = code;
    }

    ImportFailure(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }
}
