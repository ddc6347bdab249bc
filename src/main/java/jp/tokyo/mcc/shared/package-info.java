/** Small pieces every module may use (administrator files). */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package jp.tokyo.mcc.shared;
