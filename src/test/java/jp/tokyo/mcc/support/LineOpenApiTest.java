package jp.tokyo.mcc.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The spec check finds what LINE's spec refuses, through the discriminators, and passes what it accepts. */
class LineOpenApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text.replace('\'', '"'));
    }

    @Test
    void aValidFlexReplyPasses() throws Exception {
        JsonNode body = json("{'replyToken':'t','messages':[{'type':'flex','altText':'a','contents':{'type':'bubble',"
                + "'body':{'type':'box','layout':'vertical','contents':[{'type':'text','text':'x'},"
                + "{'type':'button','action':{'type':'uri','label':'電話する','uri':'tel:0339413221'}}]}}}]}");
        assertThat(LineOpenApi.load().problems("ReplyMessageRequest", body)).isEmpty();
    }

    @Test
    void findsWhatTheSpecRefuses() throws Exception {
        LineOpenApi spec = LineOpenApi.load();
        assertThat(spec.problems("ReplyMessageRequest", json("{'replyToken':'t','messages':[{'type':'flex',"
                + "'contents':{'type':'bubble'}}]}"))).containsExactly("$.messages[0].altText: required");
        assertThat(spec.problems("ReplyMessageRequest", json("{'replyToken':'t','messages':[{'type':'flex','altText':'a',"
                + "'contents':{'type':'bubble','body':{'type':'box','layout':'diagonal','contents':[]}}}]}")))
                .containsExactly("$.messages[0].contents.body.layout: \"diagonal\" is not one of [horizontal, vertical, baseline]");
        assertThat(spec.problems("ReplyMessageRequest", json("{'replyToken':'t','messages':[{'type':'flex','altText':'a',"
                + "'contents':{'type':'bubble','body':{'type':'box','layout':'vertical','contents':[{'type':'button',"
                + "'action':{'type':'uri','lable':'x','uri':'tel:1'}}]}}}]}")))
                .containsExactly("$.messages[0].contents.body.contents[0].action.lable: not in LINE's spec");
        assertThat(spec.problems("ReplyMessageRequest", json("{'replyToken':'t','messages':[{'type':'card'}]}")))
                .containsExactly("$.messages[0].type: unknown type \"card\"");
        assertThat(spec.problems("RichMenuRequest", json("{'size':{'width':2500,'height':843},'selected':true,"
                + "'name':'n','chatBarText':'メニューを開いて閉じるためのとても長い文字','areas':[]}")))
                .containsExactly("$.chatBarText: at most 14 characters (has 21)");
    }
}
