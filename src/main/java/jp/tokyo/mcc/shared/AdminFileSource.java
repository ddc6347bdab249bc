package jp.tokyo.mcc.shared;

/** Where {@link AdminFiles} gets its files: the published versions and the drafts (the database, or a folder). */
public interface AdminFileSource {

    /** What every family gets now. */
    AdminFileSet published();

    /** The published files with every draft laid over them. */
    AdminFileSet drafts();
}
