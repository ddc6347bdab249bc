package jp.tokyo.mcc.shared;

import java.util.List;

/** A module that reads administrator files and tells the status page how the last read went. */
public interface AdminFileReport {

    List<AdminFileStatus> adminFileStatus();
}
