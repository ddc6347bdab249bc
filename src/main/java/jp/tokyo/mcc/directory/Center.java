package jp.tokyo.mcc.directory;

/**
 * A center as families are told about it; every value comes from the administrator file {@code flows/centers.yaml}
 * (whose facts come from the centers' own leaflet).
 *
 * @param id       which center
 * @param name     e.g. 東京都医療的ケア児支援センター（区部）
 * @param hospital the hospital it is in, e.g. 東京都立大塚病院内
 * @param address  e.g. 東京都豊島区南大塚2-8-1
 * @param phone    e.g. 03-3941-3221
 * @param hours    e.g. 月曜日〜金曜日 9:00〜17:00（祝日・年末年始を除く）
 * @param markAsRead the center's choice: when the counsellor who holds an inquiry opens it, the family's messages
 *                 are marked as read in LINE (既読); off unless the center turns it on ({@code mark-as-read: true})
 */
public record Center(CenterId id, String name, String hospital, String address, String phone, String hours,
                     boolean markAsRead) {

    public Center(CenterId id, String name, String hospital, String address, String phone, String hours) {
        this(id, name, hospital, address, phone, hours, false);
    }
}
