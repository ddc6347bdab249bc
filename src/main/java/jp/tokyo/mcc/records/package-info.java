/**
 * Records a center can keep and account for: how long family data is kept ({@link jp.tokyo.mcc.records.Retention}),
 * erasure on request ({@link jp.tokyo.mcc.records.FamilyErasure}: a family's own request on LINE, or staff acting on a
 * request by phone), the daily purge, and the embedded H2 file's full compaction at a clean shutdown after data was
 * deleted (so deleted rows do not linger in the file's free space). Every module that keeps family data implements
 * {@link jp.tokyo.mcc.records.FamilyRecords} for its own tables and files; this module never reads another module's
 * data, and what it records of an erasure or a purge are counts, never contents.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Records")
package jp.tokyo.mcc.records;
