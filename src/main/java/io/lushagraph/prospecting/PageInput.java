package io.lushagraph.prospecting;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** Which page of a prospecting search to return. */
@Input("PageInput")
@Description("Which page of a search to return: page 0 to 1000 (default 0) of 10 to 50 rows (default 20).")
public class PageInput {

    @Description("Zero-based page number, 0 to 1000; 0 when left out.")
    public Integer page;

    @Description("Rows per page, 10 to 50; 20 when left out.")
    public Integer size;

    public PageInput() {
    }

    public PageInput(Integer page, Integer size) {
        this.page = page;
        this.size = size;
    }
}
