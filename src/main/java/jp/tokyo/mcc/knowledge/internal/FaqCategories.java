package jp.tokyo.mcc.knowledge.internal;

import java.util.List;

/** The categories an FAQ entry may belong to: the families' concern categories, and the center itself. */
final class FaqCategories {

    static final List<String> KNOWN = List.of(
            "退院後のこと", "保護者の仕事のこと", "災害時のこと", "緊急時のこと", "不安や悩み", "保育園や学校のこと",
            "きょうだいのこと", "制度・サービスを知りたい", "相談先がわからない", "その他", "センターについて");

    private FaqCategories() {
    }
}
