; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5
@tp_ro = constant [40 x i8] zeroinitializer, section ".rodata", align 8, !dbg !26
@tp_scratch = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !33

; Function Attrs: nounwind
define i32 @tp0_sched_switch(i8* %ctx) #0 section "tracepoint/sched/sched_switch" !dbg !56 {
entry:
  %tmp1 = alloca [8 x i64], align 8, !dbg !62
  %tmp = alloca [8 x i64], align 8, !dbg !62
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !61, metadata !DIExpression()), !dbg !62
  %zero = alloca i32, align 4, !dbg !63
  store i32 0, i32* %zero, align 4, !dbg !63
  %0 = bitcast i32* %zero to i8*, !dbg !63
  %1 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_scratch to i8*), i8* nonnull %0) #0, !dbg !63
  %.not = icmp eq i8* %1, null, !dbg !63
  br i1 %.not, label %return, label %body, !dbg !63

body:                                             ; preds = %entry
  %2 = bitcast [8 x i64]* %tmp to i8*, !dbg !63
  store i8 0, i8* %2, align 8, !dbg !63
  %3 = bitcast [8 x i64]* %tmp1 to i8*, !dbg !63
  store i8 0, i8* %3, align 8, !dbg !63
  %4 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([40 x i8], [40 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !63
  %5 = icmp eq i64 %4, 0, !dbg !63
  br i1 %5, label %pid.match, label %pid.filter, !dbg !63

return:                                           ; preds = %streq.next31, %streq.same30, %streq.same28, %streq.same26, %streq.same24, %streq.same22, %streq.same20, %streq.same18, %streq.same16, %streq.same14, %streq.same12, %streq.same10, %streq.same8, %streq.same6, %streq.same4, %streq.same, %rec.lost180, %stat.inc182, %rec.fill179, %if.done, %entry, %pid.filter
  ret i32 0, !dbg !63

pid.filter:                                       ; preds = %body
  %6 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !63
  %7 = lshr i64 %6, 32, !dbg !63
  %8 = icmp eq i64 %7, %4, !dbg !63
  br i1 %8, label %pid.match, label %return, !dbg !63

pid.match:                                        ; preds = %pid.filter, %body
  %9 = getelementptr i8, i8* %ctx, i64 8, !dbg !64
  %10 = call i64 inttoptr (i64 115 to i64 (i8*, i32, i8*)*)(i8* nonnull %1, i32 16, i8* %9) #0, !dbg !64
  %11 = bitcast i8* %1 to i64*, !dbg !64
  %12 = load i64, i64* %11, align 8, !dbg !64
  %13 = xor i64 %12, 3418906600723806067, !dbg !64
  %14 = getelementptr i8, i8* %1, i64 8, !dbg !64
  %15 = load i8, i8* %14, align 1, !dbg !64
  %16 = xor i8 %15, 48, !dbg !64
  %17 = zext i8 %16 to i64, !dbg !64
  %18 = or i64 %13, %17, !dbg !64
  %19 = getelementptr i8, i8* %1, i64 9, !dbg !64
  %20 = load i8, i8* %19, align 1, !dbg !64
  %21 = zext i8 %20 to i64, !dbg !64
  %22 = or i64 %18, %21, !dbg !64
  %streq = icmp eq i64 %22, 0, !dbg !64
  br i1 %streq, label %pred.true, label %or.rhs, !dbg !64

or.rhs:                                           ; preds = %pid.match
  %23 = getelementptr i8, i8* %1, i64 16, !dbg !64
  %24 = getelementptr i8, i8* %ctx, i64 40, !dbg !64
  %25 = call i64 inttoptr (i64 115 to i64 (i8*, i32, i8*)*)(i8* %23, i32 16, i8* %24) #0, !dbg !64
  %26 = getelementptr i8, i8* %1, i64 32, !dbg !64
  %27 = call i64 inttoptr (i64 115 to i64 (i8*, i32, i8*)*)(i8* %26, i32 16, i8* %9) #0, !dbg !64
  %28 = load i8, i8* %23, align 1, !dbg !64
  %29 = load i8, i8* %26, align 1, !dbg !64
  %.not184 = icmp eq i8 %28, %29, !dbg !64
  br i1 %.not184, label %streq.same, label %pred.true, !dbg !64

streq.same:                                       ; preds = %or.rhs
  %30 = icmp eq i8 %28, 0, !dbg !64
  br i1 %30, label %return, label %streq.next, !dbg !64

streq.next:                                       ; preds = %streq.same
  %31 = getelementptr i8, i8* %1, i64 17, !dbg !64
  %32 = load i8, i8* %31, align 1, !dbg !64
  %33 = getelementptr i8, i8* %1, i64 33, !dbg !64
  %34 = load i8, i8* %33, align 1, !dbg !64
  %.not185 = icmp eq i8 %32, %34, !dbg !64
  br i1 %.not185, label %streq.same4, label %pred.true, !dbg !64

streq.same4:                                      ; preds = %streq.next
  %35 = icmp eq i8 %32, 0, !dbg !64
  br i1 %35, label %return, label %streq.next5, !dbg !64

streq.next5:                                      ; preds = %streq.same4
  %36 = getelementptr i8, i8* %1, i64 18, !dbg !64
  %37 = load i8, i8* %36, align 1, !dbg !64
  %38 = getelementptr i8, i8* %1, i64 34, !dbg !64
  %39 = load i8, i8* %38, align 1, !dbg !64
  %.not186 = icmp eq i8 %37, %39, !dbg !64
  br i1 %.not186, label %streq.same6, label %pred.true, !dbg !64

streq.same6:                                      ; preds = %streq.next5
  %40 = icmp eq i8 %37, 0, !dbg !64
  br i1 %40, label %return, label %streq.next7, !dbg !64

streq.next7:                                      ; preds = %streq.same6
  %41 = getelementptr i8, i8* %1, i64 19, !dbg !64
  %42 = load i8, i8* %41, align 1, !dbg !64
  %43 = getelementptr i8, i8* %1, i64 35, !dbg !64
  %44 = load i8, i8* %43, align 1, !dbg !64
  %.not187 = icmp eq i8 %42, %44, !dbg !64
  br i1 %.not187, label %streq.same8, label %pred.true, !dbg !64

streq.same8:                                      ; preds = %streq.next7
  %45 = icmp eq i8 %42, 0, !dbg !64
  br i1 %45, label %return, label %streq.next9, !dbg !64

streq.next9:                                      ; preds = %streq.same8
  %46 = getelementptr i8, i8* %1, i64 20, !dbg !64
  %47 = load i8, i8* %46, align 1, !dbg !64
  %48 = getelementptr i8, i8* %1, i64 36, !dbg !64
  %49 = load i8, i8* %48, align 1, !dbg !64
  %.not188 = icmp eq i8 %47, %49, !dbg !64
  br i1 %.not188, label %streq.same10, label %pred.true, !dbg !64

streq.same10:                                     ; preds = %streq.next9
  %50 = icmp eq i8 %47, 0, !dbg !64
  br i1 %50, label %return, label %streq.next11, !dbg !64

streq.next11:                                     ; preds = %streq.same10
  %51 = getelementptr i8, i8* %1, i64 21, !dbg !64
  %52 = load i8, i8* %51, align 1, !dbg !64
  %53 = getelementptr i8, i8* %1, i64 37, !dbg !64
  %54 = load i8, i8* %53, align 1, !dbg !64
  %.not189 = icmp eq i8 %52, %54, !dbg !64
  br i1 %.not189, label %streq.same12, label %pred.true, !dbg !64

streq.same12:                                     ; preds = %streq.next11
  %55 = icmp eq i8 %52, 0, !dbg !64
  br i1 %55, label %return, label %streq.next13, !dbg !64

streq.next13:                                     ; preds = %streq.same12
  %56 = getelementptr i8, i8* %1, i64 22, !dbg !64
  %57 = load i8, i8* %56, align 1, !dbg !64
  %58 = getelementptr i8, i8* %1, i64 38, !dbg !64
  %59 = load i8, i8* %58, align 1, !dbg !64
  %.not190 = icmp eq i8 %57, %59, !dbg !64
  br i1 %.not190, label %streq.same14, label %pred.true, !dbg !64

streq.same14:                                     ; preds = %streq.next13
  %60 = icmp eq i8 %57, 0, !dbg !64
  br i1 %60, label %return, label %streq.next15, !dbg !64

streq.next15:                                     ; preds = %streq.same14
  %61 = getelementptr i8, i8* %1, i64 23, !dbg !64
  %62 = load i8, i8* %61, align 1, !dbg !64
  %63 = getelementptr i8, i8* %1, i64 39, !dbg !64
  %64 = load i8, i8* %63, align 1, !dbg !64
  %.not191 = icmp eq i8 %62, %64, !dbg !64
  br i1 %.not191, label %streq.same16, label %pred.true, !dbg !64

streq.same16:                                     ; preds = %streq.next15
  %65 = icmp eq i8 %62, 0, !dbg !64
  br i1 %65, label %return, label %streq.next17, !dbg !64

streq.next17:                                     ; preds = %streq.same16
  %66 = getelementptr i8, i8* %1, i64 24, !dbg !64
  %67 = load i8, i8* %66, align 1, !dbg !64
  %68 = getelementptr i8, i8* %1, i64 40, !dbg !64
  %69 = load i8, i8* %68, align 1, !dbg !64
  %.not192 = icmp eq i8 %67, %69, !dbg !64
  br i1 %.not192, label %streq.same18, label %pred.true, !dbg !64

streq.same18:                                     ; preds = %streq.next17
  %70 = icmp eq i8 %67, 0, !dbg !64
  br i1 %70, label %return, label %streq.next19, !dbg !64

streq.next19:                                     ; preds = %streq.same18
  %71 = getelementptr i8, i8* %1, i64 25, !dbg !64
  %72 = load i8, i8* %71, align 1, !dbg !64
  %73 = getelementptr i8, i8* %1, i64 41, !dbg !64
  %74 = load i8, i8* %73, align 1, !dbg !64
  %.not193 = icmp eq i8 %72, %74, !dbg !64
  br i1 %.not193, label %streq.same20, label %pred.true, !dbg !64

streq.same20:                                     ; preds = %streq.next19
  %75 = icmp eq i8 %72, 0, !dbg !64
  br i1 %75, label %return, label %streq.next21, !dbg !64

streq.next21:                                     ; preds = %streq.same20
  %76 = getelementptr i8, i8* %1, i64 26, !dbg !64
  %77 = load i8, i8* %76, align 1, !dbg !64
  %78 = getelementptr i8, i8* %1, i64 42, !dbg !64
  %79 = load i8, i8* %78, align 1, !dbg !64
  %.not194 = icmp eq i8 %77, %79, !dbg !64
  br i1 %.not194, label %streq.same22, label %pred.true, !dbg !64

streq.same22:                                     ; preds = %streq.next21
  %80 = icmp eq i8 %77, 0, !dbg !64
  br i1 %80, label %return, label %streq.next23, !dbg !64

streq.next23:                                     ; preds = %streq.same22
  %81 = getelementptr i8, i8* %1, i64 27, !dbg !64
  %82 = load i8, i8* %81, align 1, !dbg !64
  %83 = getelementptr i8, i8* %1, i64 43, !dbg !64
  %84 = load i8, i8* %83, align 1, !dbg !64
  %.not195 = icmp eq i8 %82, %84, !dbg !64
  br i1 %.not195, label %streq.same24, label %pred.true, !dbg !64

streq.same24:                                     ; preds = %streq.next23
  %85 = icmp eq i8 %82, 0, !dbg !64
  br i1 %85, label %return, label %streq.next25, !dbg !64

streq.next25:                                     ; preds = %streq.same24
  %86 = getelementptr i8, i8* %1, i64 28, !dbg !64
  %87 = load i8, i8* %86, align 1, !dbg !64
  %88 = getelementptr i8, i8* %1, i64 44, !dbg !64
  %89 = load i8, i8* %88, align 1, !dbg !64
  %.not196 = icmp eq i8 %87, %89, !dbg !64
  br i1 %.not196, label %streq.same26, label %pred.true, !dbg !64

streq.same26:                                     ; preds = %streq.next25
  %90 = icmp eq i8 %87, 0, !dbg !64
  br i1 %90, label %return, label %streq.next27, !dbg !64

streq.next27:                                     ; preds = %streq.same26
  %91 = getelementptr i8, i8* %1, i64 29, !dbg !64
  %92 = load i8, i8* %91, align 1, !dbg !64
  %93 = getelementptr i8, i8* %1, i64 45, !dbg !64
  %94 = load i8, i8* %93, align 1, !dbg !64
  %.not197 = icmp eq i8 %92, %94, !dbg !64
  br i1 %.not197, label %streq.same28, label %pred.true, !dbg !64

streq.same28:                                     ; preds = %streq.next27
  %95 = icmp eq i8 %92, 0, !dbg !64
  br i1 %95, label %return, label %streq.next29, !dbg !64

streq.next29:                                     ; preds = %streq.same28
  %96 = getelementptr i8, i8* %1, i64 30, !dbg !64
  %97 = load i8, i8* %96, align 1, !dbg !64
  %98 = getelementptr i8, i8* %1, i64 46, !dbg !64
  %99 = load i8, i8* %98, align 1, !dbg !64
  %.not198 = icmp eq i8 %97, %99, !dbg !64
  br i1 %.not198, label %streq.same30, label %pred.true, !dbg !64

streq.same30:                                     ; preds = %streq.next29
  %100 = icmp eq i8 %97, 0, !dbg !64
  br i1 %100, label %return, label %streq.next31, !dbg !64

streq.next31:                                     ; preds = %streq.same30
  %101 = getelementptr i8, i8* %1, i64 31, !dbg !64
  %102 = load i8, i8* %101, align 1, !dbg !64
  %103 = getelementptr i8, i8* %1, i64 47, !dbg !64
  %104 = load i8, i8* %103, align 1, !dbg !64
  %.not199 = icmp eq i8 %102, %104, !dbg !64
  br i1 %.not199, label %return, label %pred.true, !dbg !64

pred.true:                                        ; preds = %streq.next31, %streq.next29, %streq.next27, %streq.next25, %streq.next23, %streq.next21, %streq.next19, %streq.next17, %streq.next15, %streq.next13, %streq.next11, %streq.next9, %streq.next7, %streq.next5, %streq.next, %or.rhs, %pid.match
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(64) %3, i8 0, i64 64, i1 false), !dbg !65
  %105 = call i64 inttoptr (i64 115 to i64 (i8*, i32, i8*)*)(i8* nonnull %3, i32 64, i8* %9) #0, !dbg !65
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(64) %2, i8 0, i64 64, i1 false), !dbg !66
  %106 = call i64 inttoptr (i64 16 to i64 (i8*, i32)*)(i8* nonnull %2, i32 16) #0, !dbg !66
  %107 = getelementptr i8, i8* %1, i64 48, !dbg !67
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 1 dereferenceable(64) %107, i8* noundef nonnull align 8 dereferenceable(64) %3, i64 64, i1 false), !dbg !67
  %108 = getelementptr i8, i8* %1, i64 112, !dbg !67
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 1 dereferenceable(64) %108, i8* noundef nonnull align 8 dereferenceable(64) %2, i64 64, i1 false), !dbg !67
  %109 = load i8, i8* %107, align 1, !dbg !67
  %110 = load i8, i8* %108, align 1, !dbg !67
  %.not200 = icmp eq i8 %109, %110, !dbg !67
  br i1 %.not200, label %streq.same38, label %if.done, !dbg !67

streq.same38:                                     ; preds = %pred.true
  %111 = icmp eq i8 %109, 0, !dbg !67
  br i1 %111, label %if.then, label %streq.next39, !dbg !67

streq.next39:                                     ; preds = %streq.same38
  %112 = getelementptr i8, i8* %1, i64 49, !dbg !67
  %113 = load i8, i8* %112, align 1, !dbg !67
  %114 = getelementptr i8, i8* %1, i64 113, !dbg !67
  %115 = load i8, i8* %114, align 1, !dbg !67
  %.not201 = icmp eq i8 %113, %115, !dbg !67
  br i1 %.not201, label %streq.same40, label %if.done, !dbg !67

streq.same40:                                     ; preds = %streq.next39
  %116 = icmp eq i8 %113, 0, !dbg !67
  br i1 %116, label %if.then, label %streq.next41, !dbg !67

streq.next41:                                     ; preds = %streq.same40
  %117 = getelementptr i8, i8* %1, i64 50, !dbg !67
  %118 = load i8, i8* %117, align 1, !dbg !67
  %119 = getelementptr i8, i8* %1, i64 114, !dbg !67
  %120 = load i8, i8* %119, align 1, !dbg !67
  %.not202 = icmp eq i8 %118, %120, !dbg !67
  br i1 %.not202, label %streq.same42, label %if.done, !dbg !67

streq.same42:                                     ; preds = %streq.next41
  %121 = icmp eq i8 %118, 0, !dbg !67
  br i1 %121, label %if.then, label %streq.next43, !dbg !67

streq.next43:                                     ; preds = %streq.same42
  %122 = getelementptr i8, i8* %1, i64 51, !dbg !67
  %123 = load i8, i8* %122, align 1, !dbg !67
  %124 = getelementptr i8, i8* %1, i64 115, !dbg !67
  %125 = load i8, i8* %124, align 1, !dbg !67
  %.not203 = icmp eq i8 %123, %125, !dbg !67
  br i1 %.not203, label %streq.same44, label %if.done, !dbg !67

streq.same44:                                     ; preds = %streq.next43
  %126 = icmp eq i8 %123, 0, !dbg !67
  br i1 %126, label %if.then, label %streq.next45, !dbg !67

streq.next45:                                     ; preds = %streq.same44
  %127 = getelementptr i8, i8* %1, i64 52, !dbg !67
  %128 = load i8, i8* %127, align 1, !dbg !67
  %129 = getelementptr i8, i8* %1, i64 116, !dbg !67
  %130 = load i8, i8* %129, align 1, !dbg !67
  %.not204 = icmp eq i8 %128, %130, !dbg !67
  br i1 %.not204, label %streq.same46, label %if.done, !dbg !67

streq.same46:                                     ; preds = %streq.next45
  %131 = icmp eq i8 %128, 0, !dbg !67
  br i1 %131, label %if.then, label %streq.next47, !dbg !67

streq.next47:                                     ; preds = %streq.same46
  %132 = getelementptr i8, i8* %1, i64 53, !dbg !67
  %133 = load i8, i8* %132, align 1, !dbg !67
  %134 = getelementptr i8, i8* %1, i64 117, !dbg !67
  %135 = load i8, i8* %134, align 1, !dbg !67
  %.not205 = icmp eq i8 %133, %135, !dbg !67
  br i1 %.not205, label %streq.same48, label %if.done, !dbg !67

streq.same48:                                     ; preds = %streq.next47
  %136 = icmp eq i8 %133, 0, !dbg !67
  br i1 %136, label %if.then, label %streq.next49, !dbg !67

streq.next49:                                     ; preds = %streq.same48
  %137 = getelementptr i8, i8* %1, i64 54, !dbg !67
  %138 = load i8, i8* %137, align 1, !dbg !67
  %139 = getelementptr i8, i8* %1, i64 118, !dbg !67
  %140 = load i8, i8* %139, align 1, !dbg !67
  %.not206 = icmp eq i8 %138, %140, !dbg !67
  br i1 %.not206, label %streq.same50, label %if.done, !dbg !67

streq.same50:                                     ; preds = %streq.next49
  %141 = icmp eq i8 %138, 0, !dbg !67
  br i1 %141, label %if.then, label %streq.next51, !dbg !67

streq.next51:                                     ; preds = %streq.same50
  %142 = getelementptr i8, i8* %1, i64 55, !dbg !67
  %143 = load i8, i8* %142, align 1, !dbg !67
  %144 = getelementptr i8, i8* %1, i64 119, !dbg !67
  %145 = load i8, i8* %144, align 1, !dbg !67
  %.not207 = icmp eq i8 %143, %145, !dbg !67
  br i1 %.not207, label %streq.same52, label %if.done, !dbg !67

streq.same52:                                     ; preds = %streq.next51
  %146 = icmp eq i8 %143, 0, !dbg !67
  br i1 %146, label %if.then, label %streq.next53, !dbg !67

streq.next53:                                     ; preds = %streq.same52
  %147 = getelementptr i8, i8* %1, i64 56, !dbg !67
  %148 = load i8, i8* %147, align 1, !dbg !67
  %149 = getelementptr i8, i8* %1, i64 120, !dbg !67
  %150 = load i8, i8* %149, align 1, !dbg !67
  %.not208 = icmp eq i8 %148, %150, !dbg !67
  br i1 %.not208, label %streq.same54, label %if.done, !dbg !67

streq.same54:                                     ; preds = %streq.next53
  %151 = icmp eq i8 %148, 0, !dbg !67
  br i1 %151, label %if.then, label %streq.next55, !dbg !67

streq.next55:                                     ; preds = %streq.same54
  %152 = getelementptr i8, i8* %1, i64 57, !dbg !67
  %153 = load i8, i8* %152, align 1, !dbg !67
  %154 = getelementptr i8, i8* %1, i64 121, !dbg !67
  %155 = load i8, i8* %154, align 1, !dbg !67
  %.not209 = icmp eq i8 %153, %155, !dbg !67
  br i1 %.not209, label %streq.same56, label %if.done, !dbg !67

streq.same56:                                     ; preds = %streq.next55
  %156 = icmp eq i8 %153, 0, !dbg !67
  br i1 %156, label %if.then, label %streq.next57, !dbg !67

streq.next57:                                     ; preds = %streq.same56
  %157 = getelementptr i8, i8* %1, i64 58, !dbg !67
  %158 = load i8, i8* %157, align 1, !dbg !67
  %159 = getelementptr i8, i8* %1, i64 122, !dbg !67
  %160 = load i8, i8* %159, align 1, !dbg !67
  %.not210 = icmp eq i8 %158, %160, !dbg !67
  br i1 %.not210, label %streq.same58, label %if.done, !dbg !67

streq.same58:                                     ; preds = %streq.next57
  %161 = icmp eq i8 %158, 0, !dbg !67
  br i1 %161, label %if.then, label %streq.next59, !dbg !67

streq.next59:                                     ; preds = %streq.same58
  %162 = getelementptr i8, i8* %1, i64 59, !dbg !67
  %163 = load i8, i8* %162, align 1, !dbg !67
  %164 = getelementptr i8, i8* %1, i64 123, !dbg !67
  %165 = load i8, i8* %164, align 1, !dbg !67
  %.not211 = icmp eq i8 %163, %165, !dbg !67
  br i1 %.not211, label %streq.same60, label %if.done, !dbg !67

streq.same60:                                     ; preds = %streq.next59
  %166 = icmp eq i8 %163, 0, !dbg !67
  br i1 %166, label %if.then, label %streq.next61, !dbg !67

streq.next61:                                     ; preds = %streq.same60
  %167 = getelementptr i8, i8* %1, i64 60, !dbg !67
  %168 = load i8, i8* %167, align 1, !dbg !67
  %169 = getelementptr i8, i8* %1, i64 124, !dbg !67
  %170 = load i8, i8* %169, align 1, !dbg !67
  %.not212 = icmp eq i8 %168, %170, !dbg !67
  br i1 %.not212, label %streq.same62, label %if.done, !dbg !67

streq.same62:                                     ; preds = %streq.next61
  %171 = icmp eq i8 %168, 0, !dbg !67
  br i1 %171, label %if.then, label %streq.next63, !dbg !67

streq.next63:                                     ; preds = %streq.same62
  %172 = getelementptr i8, i8* %1, i64 61, !dbg !67
  %173 = load i8, i8* %172, align 1, !dbg !67
  %174 = getelementptr i8, i8* %1, i64 125, !dbg !67
  %175 = load i8, i8* %174, align 1, !dbg !67
  %.not213 = icmp eq i8 %173, %175, !dbg !67
  br i1 %.not213, label %streq.same64, label %if.done, !dbg !67

streq.same64:                                     ; preds = %streq.next63
  %176 = icmp eq i8 %173, 0, !dbg !67
  br i1 %176, label %if.then, label %streq.next65, !dbg !67

streq.next65:                                     ; preds = %streq.same64
  %177 = getelementptr i8, i8* %1, i64 62, !dbg !67
  %178 = load i8, i8* %177, align 1, !dbg !67
  %179 = getelementptr i8, i8* %1, i64 126, !dbg !67
  %180 = load i8, i8* %179, align 1, !dbg !67
  %.not214 = icmp eq i8 %178, %180, !dbg !67
  br i1 %.not214, label %streq.same66, label %if.done, !dbg !67

streq.same66:                                     ; preds = %streq.next65
  %181 = icmp eq i8 %178, 0, !dbg !67
  br i1 %181, label %if.then, label %streq.next67, !dbg !67

streq.next67:                                     ; preds = %streq.same66
  %182 = getelementptr i8, i8* %1, i64 63, !dbg !67
  %183 = load i8, i8* %182, align 1, !dbg !67
  %184 = getelementptr i8, i8* %1, i64 127, !dbg !67
  %185 = load i8, i8* %184, align 1, !dbg !67
  %.not215 = icmp eq i8 %183, %185, !dbg !67
  br i1 %.not215, label %streq.same68, label %if.done, !dbg !67

streq.same68:                                     ; preds = %streq.next67
  %186 = icmp eq i8 %183, 0, !dbg !67
  br i1 %186, label %if.then, label %streq.next69, !dbg !67

streq.next69:                                     ; preds = %streq.same68
  %187 = getelementptr i8, i8* %1, i64 64, !dbg !67
  %188 = load i8, i8* %187, align 1, !dbg !67
  %189 = getelementptr i8, i8* %1, i64 128, !dbg !67
  %190 = load i8, i8* %189, align 1, !dbg !67
  %.not216 = icmp eq i8 %188, %190, !dbg !67
  br i1 %.not216, label %streq.same70, label %if.done, !dbg !67

streq.same70:                                     ; preds = %streq.next69
  %191 = icmp eq i8 %188, 0, !dbg !67
  br i1 %191, label %if.then, label %streq.next71, !dbg !67

streq.next71:                                     ; preds = %streq.same70
  %192 = getelementptr i8, i8* %1, i64 65, !dbg !67
  %193 = load i8, i8* %192, align 1, !dbg !67
  %194 = getelementptr i8, i8* %1, i64 129, !dbg !67
  %195 = load i8, i8* %194, align 1, !dbg !67
  %.not217 = icmp eq i8 %193, %195, !dbg !67
  br i1 %.not217, label %streq.same72, label %if.done, !dbg !67

streq.same72:                                     ; preds = %streq.next71
  %196 = icmp eq i8 %193, 0, !dbg !67
  br i1 %196, label %if.then, label %streq.next73, !dbg !67

streq.next73:                                     ; preds = %streq.same72
  %197 = getelementptr i8, i8* %1, i64 66, !dbg !67
  %198 = load i8, i8* %197, align 1, !dbg !67
  %199 = getelementptr i8, i8* %1, i64 130, !dbg !67
  %200 = load i8, i8* %199, align 1, !dbg !67
  %.not218 = icmp eq i8 %198, %200, !dbg !67
  br i1 %.not218, label %streq.same74, label %if.done, !dbg !67

streq.same74:                                     ; preds = %streq.next73
  %201 = icmp eq i8 %198, 0, !dbg !67
  br i1 %201, label %if.then, label %streq.next75, !dbg !67

streq.next75:                                     ; preds = %streq.same74
  %202 = getelementptr i8, i8* %1, i64 67, !dbg !67
  %203 = load i8, i8* %202, align 1, !dbg !67
  %204 = getelementptr i8, i8* %1, i64 131, !dbg !67
  %205 = load i8, i8* %204, align 1, !dbg !67
  %.not219 = icmp eq i8 %203, %205, !dbg !67
  br i1 %.not219, label %streq.same76, label %if.done, !dbg !67

streq.same76:                                     ; preds = %streq.next75
  %206 = icmp eq i8 %203, 0, !dbg !67
  br i1 %206, label %if.then, label %streq.next77, !dbg !67

streq.next77:                                     ; preds = %streq.same76
  %207 = getelementptr i8, i8* %1, i64 68, !dbg !67
  %208 = load i8, i8* %207, align 1, !dbg !67
  %209 = getelementptr i8, i8* %1, i64 132, !dbg !67
  %210 = load i8, i8* %209, align 1, !dbg !67
  %.not220 = icmp eq i8 %208, %210, !dbg !67
  br i1 %.not220, label %streq.same78, label %if.done, !dbg !67

streq.same78:                                     ; preds = %streq.next77
  %211 = icmp eq i8 %208, 0, !dbg !67
  br i1 %211, label %if.then, label %streq.next79, !dbg !67

streq.next79:                                     ; preds = %streq.same78
  %212 = getelementptr i8, i8* %1, i64 69, !dbg !67
  %213 = load i8, i8* %212, align 1, !dbg !67
  %214 = getelementptr i8, i8* %1, i64 133, !dbg !67
  %215 = load i8, i8* %214, align 1, !dbg !67
  %.not221 = icmp eq i8 %213, %215, !dbg !67
  br i1 %.not221, label %streq.same80, label %if.done, !dbg !67

streq.same80:                                     ; preds = %streq.next79
  %216 = icmp eq i8 %213, 0, !dbg !67
  br i1 %216, label %if.then, label %streq.next81, !dbg !67

streq.next81:                                     ; preds = %streq.same80
  %217 = getelementptr i8, i8* %1, i64 70, !dbg !67
  %218 = load i8, i8* %217, align 1, !dbg !67
  %219 = getelementptr i8, i8* %1, i64 134, !dbg !67
  %220 = load i8, i8* %219, align 1, !dbg !67
  %.not222 = icmp eq i8 %218, %220, !dbg !67
  br i1 %.not222, label %streq.same82, label %if.done, !dbg !67

streq.same82:                                     ; preds = %streq.next81
  %221 = icmp eq i8 %218, 0, !dbg !67
  br i1 %221, label %if.then, label %streq.next83, !dbg !67

streq.next83:                                     ; preds = %streq.same82
  %222 = getelementptr i8, i8* %1, i64 71, !dbg !67
  %223 = load i8, i8* %222, align 1, !dbg !67
  %224 = getelementptr i8, i8* %1, i64 135, !dbg !67
  %225 = load i8, i8* %224, align 1, !dbg !67
  %.not223 = icmp eq i8 %223, %225, !dbg !67
  br i1 %.not223, label %streq.same84, label %if.done, !dbg !67

streq.same84:                                     ; preds = %streq.next83
  %226 = icmp eq i8 %223, 0, !dbg !67
  br i1 %226, label %if.then, label %streq.next85, !dbg !67

streq.next85:                                     ; preds = %streq.same84
  %227 = getelementptr i8, i8* %1, i64 72, !dbg !67
  %228 = load i8, i8* %227, align 1, !dbg !67
  %229 = getelementptr i8, i8* %1, i64 136, !dbg !67
  %230 = load i8, i8* %229, align 1, !dbg !67
  %.not224 = icmp eq i8 %228, %230, !dbg !67
  br i1 %.not224, label %streq.same86, label %if.done, !dbg !67

streq.same86:                                     ; preds = %streq.next85
  %231 = icmp eq i8 %228, 0, !dbg !67
  br i1 %231, label %if.then, label %streq.next87, !dbg !67

streq.next87:                                     ; preds = %streq.same86
  %232 = getelementptr i8, i8* %1, i64 73, !dbg !67
  %233 = load i8, i8* %232, align 1, !dbg !67
  %234 = getelementptr i8, i8* %1, i64 137, !dbg !67
  %235 = load i8, i8* %234, align 1, !dbg !67
  %.not225 = icmp eq i8 %233, %235, !dbg !67
  br i1 %.not225, label %streq.same88, label %if.done, !dbg !67

streq.same88:                                     ; preds = %streq.next87
  %236 = icmp eq i8 %233, 0, !dbg !67
  br i1 %236, label %if.then, label %streq.next89, !dbg !67

streq.next89:                                     ; preds = %streq.same88
  %237 = getelementptr i8, i8* %1, i64 74, !dbg !67
  %238 = load i8, i8* %237, align 1, !dbg !67
  %239 = getelementptr i8, i8* %1, i64 138, !dbg !67
  %240 = load i8, i8* %239, align 1, !dbg !67
  %.not226 = icmp eq i8 %238, %240, !dbg !67
  br i1 %.not226, label %streq.same90, label %if.done, !dbg !67

streq.same90:                                     ; preds = %streq.next89
  %241 = icmp eq i8 %238, 0, !dbg !67
  br i1 %241, label %if.then, label %streq.next91, !dbg !67

streq.next91:                                     ; preds = %streq.same90
  %242 = getelementptr i8, i8* %1, i64 75, !dbg !67
  %243 = load i8, i8* %242, align 1, !dbg !67
  %244 = getelementptr i8, i8* %1, i64 139, !dbg !67
  %245 = load i8, i8* %244, align 1, !dbg !67
  %.not227 = icmp eq i8 %243, %245, !dbg !67
  br i1 %.not227, label %streq.same92, label %if.done, !dbg !67

streq.same92:                                     ; preds = %streq.next91
  %246 = icmp eq i8 %243, 0, !dbg !67
  br i1 %246, label %if.then, label %streq.next93, !dbg !67

streq.next93:                                     ; preds = %streq.same92
  %247 = getelementptr i8, i8* %1, i64 76, !dbg !67
  %248 = load i8, i8* %247, align 1, !dbg !67
  %249 = getelementptr i8, i8* %1, i64 140, !dbg !67
  %250 = load i8, i8* %249, align 1, !dbg !67
  %.not228 = icmp eq i8 %248, %250, !dbg !67
  br i1 %.not228, label %streq.same94, label %if.done, !dbg !67

streq.same94:                                     ; preds = %streq.next93
  %251 = icmp eq i8 %248, 0, !dbg !67
  br i1 %251, label %if.then, label %streq.next95, !dbg !67

streq.next95:                                     ; preds = %streq.same94
  %252 = getelementptr i8, i8* %1, i64 77, !dbg !67
  %253 = load i8, i8* %252, align 1, !dbg !67
  %254 = getelementptr i8, i8* %1, i64 141, !dbg !67
  %255 = load i8, i8* %254, align 1, !dbg !67
  %.not229 = icmp eq i8 %253, %255, !dbg !67
  br i1 %.not229, label %streq.same96, label %if.done, !dbg !67

streq.same96:                                     ; preds = %streq.next95
  %256 = icmp eq i8 %253, 0, !dbg !67
  br i1 %256, label %if.then, label %streq.next97, !dbg !67

streq.next97:                                     ; preds = %streq.same96
  %257 = getelementptr i8, i8* %1, i64 78, !dbg !67
  %258 = load i8, i8* %257, align 1, !dbg !67
  %259 = getelementptr i8, i8* %1, i64 142, !dbg !67
  %260 = load i8, i8* %259, align 1, !dbg !67
  %.not230 = icmp eq i8 %258, %260, !dbg !67
  br i1 %.not230, label %streq.same98, label %if.done, !dbg !67

streq.same98:                                     ; preds = %streq.next97
  %261 = icmp eq i8 %258, 0, !dbg !67
  br i1 %261, label %if.then, label %streq.next99, !dbg !67

streq.next99:                                     ; preds = %streq.same98
  %262 = getelementptr i8, i8* %1, i64 79, !dbg !67
  %263 = load i8, i8* %262, align 1, !dbg !67
  %264 = getelementptr i8, i8* %1, i64 143, !dbg !67
  %265 = load i8, i8* %264, align 1, !dbg !67
  %.not231 = icmp eq i8 %263, %265, !dbg !67
  br i1 %.not231, label %streq.same100, label %if.done, !dbg !67

streq.same100:                                    ; preds = %streq.next99
  %266 = icmp eq i8 %263, 0, !dbg !67
  br i1 %266, label %if.then, label %streq.next101, !dbg !67

streq.next101:                                    ; preds = %streq.same100
  %267 = getelementptr i8, i8* %1, i64 80, !dbg !67
  %268 = load i8, i8* %267, align 1, !dbg !67
  %269 = getelementptr i8, i8* %1, i64 144, !dbg !67
  %270 = load i8, i8* %269, align 1, !dbg !67
  %.not232 = icmp eq i8 %268, %270, !dbg !67
  br i1 %.not232, label %streq.same102, label %if.done, !dbg !67

streq.same102:                                    ; preds = %streq.next101
  %271 = icmp eq i8 %268, 0, !dbg !67
  br i1 %271, label %if.then, label %streq.next103, !dbg !67

streq.next103:                                    ; preds = %streq.same102
  %272 = getelementptr i8, i8* %1, i64 81, !dbg !67
  %273 = load i8, i8* %272, align 1, !dbg !67
  %274 = getelementptr i8, i8* %1, i64 145, !dbg !67
  %275 = load i8, i8* %274, align 1, !dbg !67
  %.not233 = icmp eq i8 %273, %275, !dbg !67
  br i1 %.not233, label %streq.same104, label %if.done, !dbg !67

streq.same104:                                    ; preds = %streq.next103
  %276 = icmp eq i8 %273, 0, !dbg !67
  br i1 %276, label %if.then, label %streq.next105, !dbg !67

streq.next105:                                    ; preds = %streq.same104
  %277 = getelementptr i8, i8* %1, i64 82, !dbg !67
  %278 = load i8, i8* %277, align 1, !dbg !67
  %279 = getelementptr i8, i8* %1, i64 146, !dbg !67
  %280 = load i8, i8* %279, align 1, !dbg !67
  %.not234 = icmp eq i8 %278, %280, !dbg !67
  br i1 %.not234, label %streq.same106, label %if.done, !dbg !67

streq.same106:                                    ; preds = %streq.next105
  %281 = icmp eq i8 %278, 0, !dbg !67
  br i1 %281, label %if.then, label %streq.next107, !dbg !67

streq.next107:                                    ; preds = %streq.same106
  %282 = getelementptr i8, i8* %1, i64 83, !dbg !67
  %283 = load i8, i8* %282, align 1, !dbg !67
  %284 = getelementptr i8, i8* %1, i64 147, !dbg !67
  %285 = load i8, i8* %284, align 1, !dbg !67
  %.not235 = icmp eq i8 %283, %285, !dbg !67
  br i1 %.not235, label %streq.same108, label %if.done, !dbg !67

streq.same108:                                    ; preds = %streq.next107
  %286 = icmp eq i8 %283, 0, !dbg !67
  br i1 %286, label %if.then, label %streq.next109, !dbg !67

streq.next109:                                    ; preds = %streq.same108
  %287 = getelementptr i8, i8* %1, i64 84, !dbg !67
  %288 = load i8, i8* %287, align 1, !dbg !67
  %289 = getelementptr i8, i8* %1, i64 148, !dbg !67
  %290 = load i8, i8* %289, align 1, !dbg !67
  %.not236 = icmp eq i8 %288, %290, !dbg !67
  br i1 %.not236, label %streq.same110, label %if.done, !dbg !67

streq.same110:                                    ; preds = %streq.next109
  %291 = icmp eq i8 %288, 0, !dbg !67
  br i1 %291, label %if.then, label %streq.next111, !dbg !67

streq.next111:                                    ; preds = %streq.same110
  %292 = getelementptr i8, i8* %1, i64 85, !dbg !67
  %293 = load i8, i8* %292, align 1, !dbg !67
  %294 = getelementptr i8, i8* %1, i64 149, !dbg !67
  %295 = load i8, i8* %294, align 1, !dbg !67
  %.not237 = icmp eq i8 %293, %295, !dbg !67
  br i1 %.not237, label %streq.same112, label %if.done, !dbg !67

streq.same112:                                    ; preds = %streq.next111
  %296 = icmp eq i8 %293, 0, !dbg !67
  br i1 %296, label %if.then, label %streq.next113, !dbg !67

streq.next113:                                    ; preds = %streq.same112
  %297 = getelementptr i8, i8* %1, i64 86, !dbg !67
  %298 = load i8, i8* %297, align 1, !dbg !67
  %299 = getelementptr i8, i8* %1, i64 150, !dbg !67
  %300 = load i8, i8* %299, align 1, !dbg !67
  %.not238 = icmp eq i8 %298, %300, !dbg !67
  br i1 %.not238, label %streq.same114, label %if.done, !dbg !67

streq.same114:                                    ; preds = %streq.next113
  %301 = icmp eq i8 %298, 0, !dbg !67
  br i1 %301, label %if.then, label %streq.next115, !dbg !67

streq.next115:                                    ; preds = %streq.same114
  %302 = getelementptr i8, i8* %1, i64 87, !dbg !67
  %303 = load i8, i8* %302, align 1, !dbg !67
  %304 = getelementptr i8, i8* %1, i64 151, !dbg !67
  %305 = load i8, i8* %304, align 1, !dbg !67
  %.not239 = icmp eq i8 %303, %305, !dbg !67
  br i1 %.not239, label %streq.same116, label %if.done, !dbg !67

streq.same116:                                    ; preds = %streq.next115
  %306 = icmp eq i8 %303, 0, !dbg !67
  br i1 %306, label %if.then, label %streq.next117, !dbg !67

streq.next117:                                    ; preds = %streq.same116
  %307 = getelementptr i8, i8* %1, i64 88, !dbg !67
  %308 = load i8, i8* %307, align 1, !dbg !67
  %309 = getelementptr i8, i8* %1, i64 152, !dbg !67
  %310 = load i8, i8* %309, align 1, !dbg !67
  %.not240 = icmp eq i8 %308, %310, !dbg !67
  br i1 %.not240, label %streq.same118, label %if.done, !dbg !67

streq.same118:                                    ; preds = %streq.next117
  %311 = icmp eq i8 %308, 0, !dbg !67
  br i1 %311, label %if.then, label %streq.next119, !dbg !67

streq.next119:                                    ; preds = %streq.same118
  %312 = getelementptr i8, i8* %1, i64 89, !dbg !67
  %313 = load i8, i8* %312, align 1, !dbg !67
  %314 = getelementptr i8, i8* %1, i64 153, !dbg !67
  %315 = load i8, i8* %314, align 1, !dbg !67
  %.not241 = icmp eq i8 %313, %315, !dbg !67
  br i1 %.not241, label %streq.same120, label %if.done, !dbg !67

streq.same120:                                    ; preds = %streq.next119
  %316 = icmp eq i8 %313, 0, !dbg !67
  br i1 %316, label %if.then, label %streq.next121, !dbg !67

streq.next121:                                    ; preds = %streq.same120
  %317 = getelementptr i8, i8* %1, i64 90, !dbg !67
  %318 = load i8, i8* %317, align 1, !dbg !67
  %319 = getelementptr i8, i8* %1, i64 154, !dbg !67
  %320 = load i8, i8* %319, align 1, !dbg !67
  %.not242 = icmp eq i8 %318, %320, !dbg !67
  br i1 %.not242, label %streq.same122, label %if.done, !dbg !67

streq.same122:                                    ; preds = %streq.next121
  %321 = icmp eq i8 %318, 0, !dbg !67
  br i1 %321, label %if.then, label %streq.next123, !dbg !67

streq.next123:                                    ; preds = %streq.same122
  %322 = getelementptr i8, i8* %1, i64 91, !dbg !67
  %323 = load i8, i8* %322, align 1, !dbg !67
  %324 = getelementptr i8, i8* %1, i64 155, !dbg !67
  %325 = load i8, i8* %324, align 1, !dbg !67
  %.not243 = icmp eq i8 %323, %325, !dbg !67
  br i1 %.not243, label %streq.same124, label %if.done, !dbg !67

streq.same124:                                    ; preds = %streq.next123
  %326 = icmp eq i8 %323, 0, !dbg !67
  br i1 %326, label %if.then, label %streq.next125, !dbg !67

streq.next125:                                    ; preds = %streq.same124
  %327 = getelementptr i8, i8* %1, i64 92, !dbg !67
  %328 = load i8, i8* %327, align 1, !dbg !67
  %329 = getelementptr i8, i8* %1, i64 156, !dbg !67
  %330 = load i8, i8* %329, align 1, !dbg !67
  %.not244 = icmp eq i8 %328, %330, !dbg !67
  br i1 %.not244, label %streq.same126, label %if.done, !dbg !67

streq.same126:                                    ; preds = %streq.next125
  %331 = icmp eq i8 %328, 0, !dbg !67
  br i1 %331, label %if.then, label %streq.next127, !dbg !67

streq.next127:                                    ; preds = %streq.same126
  %332 = getelementptr i8, i8* %1, i64 93, !dbg !67
  %333 = load i8, i8* %332, align 1, !dbg !67
  %334 = getelementptr i8, i8* %1, i64 157, !dbg !67
  %335 = load i8, i8* %334, align 1, !dbg !67
  %.not245 = icmp eq i8 %333, %335, !dbg !67
  br i1 %.not245, label %streq.same128, label %if.done, !dbg !67

streq.same128:                                    ; preds = %streq.next127
  %336 = icmp eq i8 %333, 0, !dbg !67
  br i1 %336, label %if.then, label %streq.next129, !dbg !67

streq.next129:                                    ; preds = %streq.same128
  %337 = getelementptr i8, i8* %1, i64 94, !dbg !67
  %338 = load i8, i8* %337, align 1, !dbg !67
  %339 = getelementptr i8, i8* %1, i64 158, !dbg !67
  %340 = load i8, i8* %339, align 1, !dbg !67
  %.not246 = icmp eq i8 %338, %340, !dbg !67
  br i1 %.not246, label %streq.same130, label %if.done, !dbg !67

streq.same130:                                    ; preds = %streq.next129
  %341 = icmp eq i8 %338, 0, !dbg !67
  br i1 %341, label %if.then, label %streq.next131, !dbg !67

streq.next131:                                    ; preds = %streq.same130
  %342 = getelementptr i8, i8* %1, i64 95, !dbg !67
  %343 = load i8, i8* %342, align 1, !dbg !67
  %344 = getelementptr i8, i8* %1, i64 159, !dbg !67
  %345 = load i8, i8* %344, align 1, !dbg !67
  %.not247 = icmp eq i8 %343, %345, !dbg !67
  br i1 %.not247, label %streq.same132, label %if.done, !dbg !67

streq.same132:                                    ; preds = %streq.next131
  %346 = icmp eq i8 %343, 0, !dbg !67
  br i1 %346, label %if.then, label %streq.next133, !dbg !67

streq.next133:                                    ; preds = %streq.same132
  %347 = getelementptr i8, i8* %1, i64 96, !dbg !67
  %348 = load i8, i8* %347, align 1, !dbg !67
  %349 = getelementptr i8, i8* %1, i64 160, !dbg !67
  %350 = load i8, i8* %349, align 1, !dbg !67
  %.not248 = icmp eq i8 %348, %350, !dbg !67
  br i1 %.not248, label %streq.same134, label %if.done, !dbg !67

streq.same134:                                    ; preds = %streq.next133
  %351 = icmp eq i8 %348, 0, !dbg !67
  br i1 %351, label %if.then, label %streq.next135, !dbg !67

streq.next135:                                    ; preds = %streq.same134
  %352 = getelementptr i8, i8* %1, i64 97, !dbg !67
  %353 = load i8, i8* %352, align 1, !dbg !67
  %354 = getelementptr i8, i8* %1, i64 161, !dbg !67
  %355 = load i8, i8* %354, align 1, !dbg !67
  %.not249 = icmp eq i8 %353, %355, !dbg !67
  br i1 %.not249, label %streq.same136, label %if.done, !dbg !67

streq.same136:                                    ; preds = %streq.next135
  %356 = icmp eq i8 %353, 0, !dbg !67
  br i1 %356, label %if.then, label %streq.next137, !dbg !67

streq.next137:                                    ; preds = %streq.same136
  %357 = getelementptr i8, i8* %1, i64 98, !dbg !67
  %358 = load i8, i8* %357, align 1, !dbg !67
  %359 = getelementptr i8, i8* %1, i64 162, !dbg !67
  %360 = load i8, i8* %359, align 1, !dbg !67
  %.not250 = icmp eq i8 %358, %360, !dbg !67
  br i1 %.not250, label %streq.same138, label %if.done, !dbg !67

streq.same138:                                    ; preds = %streq.next137
  %361 = icmp eq i8 %358, 0, !dbg !67
  br i1 %361, label %if.then, label %streq.next139, !dbg !67

streq.next139:                                    ; preds = %streq.same138
  %362 = getelementptr i8, i8* %1, i64 99, !dbg !67
  %363 = load i8, i8* %362, align 1, !dbg !67
  %364 = getelementptr i8, i8* %1, i64 163, !dbg !67
  %365 = load i8, i8* %364, align 1, !dbg !67
  %.not251 = icmp eq i8 %363, %365, !dbg !67
  br i1 %.not251, label %streq.same140, label %if.done, !dbg !67

streq.same140:                                    ; preds = %streq.next139
  %366 = icmp eq i8 %363, 0, !dbg !67
  br i1 %366, label %if.then, label %streq.next141, !dbg !67

streq.next141:                                    ; preds = %streq.same140
  %367 = getelementptr i8, i8* %1, i64 100, !dbg !67
  %368 = load i8, i8* %367, align 1, !dbg !67
  %369 = getelementptr i8, i8* %1, i64 164, !dbg !67
  %370 = load i8, i8* %369, align 1, !dbg !67
  %.not252 = icmp eq i8 %368, %370, !dbg !67
  br i1 %.not252, label %streq.same142, label %if.done, !dbg !67

streq.same142:                                    ; preds = %streq.next141
  %371 = icmp eq i8 %368, 0, !dbg !67
  br i1 %371, label %if.then, label %streq.next143, !dbg !67

streq.next143:                                    ; preds = %streq.same142
  %372 = getelementptr i8, i8* %1, i64 101, !dbg !67
  %373 = load i8, i8* %372, align 1, !dbg !67
  %374 = getelementptr i8, i8* %1, i64 165, !dbg !67
  %375 = load i8, i8* %374, align 1, !dbg !67
  %.not253 = icmp eq i8 %373, %375, !dbg !67
  br i1 %.not253, label %streq.same144, label %if.done, !dbg !67

streq.same144:                                    ; preds = %streq.next143
  %376 = icmp eq i8 %373, 0, !dbg !67
  br i1 %376, label %if.then, label %streq.next145, !dbg !67

streq.next145:                                    ; preds = %streq.same144
  %377 = getelementptr i8, i8* %1, i64 102, !dbg !67
  %378 = load i8, i8* %377, align 1, !dbg !67
  %379 = getelementptr i8, i8* %1, i64 166, !dbg !67
  %380 = load i8, i8* %379, align 1, !dbg !67
  %.not254 = icmp eq i8 %378, %380, !dbg !67
  br i1 %.not254, label %streq.same146, label %if.done, !dbg !67

streq.same146:                                    ; preds = %streq.next145
  %381 = icmp eq i8 %378, 0, !dbg !67
  br i1 %381, label %if.then, label %streq.next147, !dbg !67

streq.next147:                                    ; preds = %streq.same146
  %382 = getelementptr i8, i8* %1, i64 103, !dbg !67
  %383 = load i8, i8* %382, align 1, !dbg !67
  %384 = getelementptr i8, i8* %1, i64 167, !dbg !67
  %385 = load i8, i8* %384, align 1, !dbg !67
  %.not255 = icmp eq i8 %383, %385, !dbg !67
  br i1 %.not255, label %streq.same148, label %if.done, !dbg !67

streq.same148:                                    ; preds = %streq.next147
  %386 = icmp eq i8 %383, 0, !dbg !67
  br i1 %386, label %if.then, label %streq.next149, !dbg !67

streq.next149:                                    ; preds = %streq.same148
  %387 = getelementptr i8, i8* %1, i64 104, !dbg !67
  %388 = load i8, i8* %387, align 1, !dbg !67
  %389 = getelementptr i8, i8* %1, i64 168, !dbg !67
  %390 = load i8, i8* %389, align 1, !dbg !67
  %.not256 = icmp eq i8 %388, %390, !dbg !67
  br i1 %.not256, label %streq.same150, label %if.done, !dbg !67

streq.same150:                                    ; preds = %streq.next149
  %391 = icmp eq i8 %388, 0, !dbg !67
  br i1 %391, label %if.then, label %streq.next151, !dbg !67

streq.next151:                                    ; preds = %streq.same150
  %392 = getelementptr i8, i8* %1, i64 105, !dbg !67
  %393 = load i8, i8* %392, align 1, !dbg !67
  %394 = getelementptr i8, i8* %1, i64 169, !dbg !67
  %395 = load i8, i8* %394, align 1, !dbg !67
  %.not257 = icmp eq i8 %393, %395, !dbg !67
  br i1 %.not257, label %streq.same152, label %if.done, !dbg !67

streq.same152:                                    ; preds = %streq.next151
  %396 = icmp eq i8 %393, 0, !dbg !67
  br i1 %396, label %if.then, label %streq.next153, !dbg !67

streq.next153:                                    ; preds = %streq.same152
  %397 = getelementptr i8, i8* %1, i64 106, !dbg !67
  %398 = load i8, i8* %397, align 1, !dbg !67
  %399 = getelementptr i8, i8* %1, i64 170, !dbg !67
  %400 = load i8, i8* %399, align 1, !dbg !67
  %.not258 = icmp eq i8 %398, %400, !dbg !67
  br i1 %.not258, label %streq.same154, label %if.done, !dbg !67

streq.same154:                                    ; preds = %streq.next153
  %401 = icmp eq i8 %398, 0, !dbg !67
  br i1 %401, label %if.then, label %streq.next155, !dbg !67

streq.next155:                                    ; preds = %streq.same154
  %402 = getelementptr i8, i8* %1, i64 107, !dbg !67
  %403 = load i8, i8* %402, align 1, !dbg !67
  %404 = getelementptr i8, i8* %1, i64 171, !dbg !67
  %405 = load i8, i8* %404, align 1, !dbg !67
  %.not259 = icmp eq i8 %403, %405, !dbg !67
  br i1 %.not259, label %streq.same156, label %if.done, !dbg !67

streq.same156:                                    ; preds = %streq.next155
  %406 = icmp eq i8 %403, 0, !dbg !67
  br i1 %406, label %if.then, label %streq.next157, !dbg !67

streq.next157:                                    ; preds = %streq.same156
  %407 = getelementptr i8, i8* %1, i64 108, !dbg !67
  %408 = load i8, i8* %407, align 1, !dbg !67
  %409 = getelementptr i8, i8* %1, i64 172, !dbg !67
  %410 = load i8, i8* %409, align 1, !dbg !67
  %.not260 = icmp eq i8 %408, %410, !dbg !67
  br i1 %.not260, label %streq.same158, label %if.done, !dbg !67

streq.same158:                                    ; preds = %streq.next157
  %411 = icmp eq i8 %408, 0, !dbg !67
  br i1 %411, label %if.then, label %streq.next159, !dbg !67

streq.next159:                                    ; preds = %streq.same158
  %412 = getelementptr i8, i8* %1, i64 109, !dbg !67
  %413 = load i8, i8* %412, align 1, !dbg !67
  %414 = getelementptr i8, i8* %1, i64 173, !dbg !67
  %415 = load i8, i8* %414, align 1, !dbg !67
  %.not261 = icmp eq i8 %413, %415, !dbg !67
  br i1 %.not261, label %streq.same160, label %if.done, !dbg !67

streq.same160:                                    ; preds = %streq.next159
  %416 = icmp eq i8 %413, 0, !dbg !67
  br i1 %416, label %if.then, label %streq.next161, !dbg !67

streq.next161:                                    ; preds = %streq.same160
  %417 = getelementptr i8, i8* %1, i64 110, !dbg !67
  %418 = load i8, i8* %417, align 1, !dbg !67
  %419 = getelementptr i8, i8* %1, i64 174, !dbg !67
  %420 = load i8, i8* %419, align 1, !dbg !67
  %.not262 = icmp eq i8 %418, %420, !dbg !67
  br i1 %.not262, label %streq.same162, label %if.done, !dbg !67

streq.same162:                                    ; preds = %streq.next161
  %421 = icmp eq i8 %418, 0, !dbg !67
  br i1 %421, label %if.then, label %streq.next163, !dbg !67

streq.next163:                                    ; preds = %streq.same162
  %422 = getelementptr i8, i8* %1, i64 111, !dbg !67
  %423 = load i8, i8* %422, align 1, !dbg !67
  %424 = getelementptr i8, i8* %1, i64 175, !dbg !67
  %425 = load i8, i8* %424, align 1, !dbg !67
  %.not263 = icmp eq i8 %423, %425, !dbg !67
  br i1 %.not263, label %if.then, label %if.done, !dbg !67

if.then:                                          ; preds = %streq.next163, %streq.same162, %streq.same160, %streq.same158, %streq.same156, %streq.same154, %streq.same152, %streq.same150, %streq.same148, %streq.same146, %streq.same144, %streq.same142, %streq.same140, %streq.same138, %streq.same136, %streq.same134, %streq.same132, %streq.same130, %streq.same128, %streq.same126, %streq.same124, %streq.same122, %streq.same120, %streq.same118, %streq.same116, %streq.same114, %streq.same112, %streq.same110, %streq.same108, %streq.same106, %streq.same104, %streq.same102, %streq.same100, %streq.same98, %streq.same96, %streq.same94, %streq.same92, %streq.same90, %streq.same88, %streq.same86, %streq.same84, %streq.same82, %streq.same80, %streq.same78, %streq.same76, %streq.same74, %streq.same72, %streq.same70, %streq.same68, %streq.same66, %streq.same64, %streq.same62, %streq.same60, %streq.same58, %streq.same56, %streq.same54, %streq.same52, %streq.same50, %streq.same48, %streq.same46, %streq.same44, %streq.same42, %streq.same40, %streq.same38
  %426 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 8, i64 0) #0, !dbg !68
  %.not266 = icmp eq i8* %426, null, !dbg !68
  br i1 %.not266, label %rec.lost, label %rec.fill, !dbg !68

if.done:                                          ; preds = %rec.lost, %stat.inc, %rec.fill, %streq.next163, %streq.next161, %streq.next159, %streq.next157, %streq.next155, %streq.next153, %streq.next151, %streq.next149, %streq.next147, %streq.next145, %streq.next143, %streq.next141, %streq.next139, %streq.next137, %streq.next135, %streq.next133, %streq.next131, %streq.next129, %streq.next127, %streq.next125, %streq.next123, %streq.next121, %streq.next119, %streq.next117, %streq.next115, %streq.next113, %streq.next111, %streq.next109, %streq.next107, %streq.next105, %streq.next103, %streq.next101, %streq.next99, %streq.next97, %streq.next95, %streq.next93, %streq.next91, %streq.next89, %streq.next87, %streq.next85, %streq.next83, %streq.next81, %streq.next79, %streq.next77, %streq.next75, %streq.next73, %streq.next71, %streq.next69, %streq.next67, %streq.next65, %streq.next63, %streq.next61, %streq.next59, %streq.next57, %streq.next55, %streq.next53, %streq.next51, %streq.next49, %streq.next47, %streq.next45, %streq.next43, %streq.next41, %streq.next39, %pred.true
  %427 = call i64 inttoptr (i64 16 to i64 (i8*, i32)*)(i8* nonnull %107, i32 16) #0, !dbg !69
  %428 = call i64 inttoptr (i64 16 to i64 (i8*, i32)*)(i8* nonnull %107, i32 16) #0, !dbg !70
  %429 = load i8, i8* %107, align 1, !dbg !70
  %streq176 = icmp eq i8 %429, 0, !dbg !70
  br i1 %streq176, label %if.then177, label %return, !dbg !70

rec.fill:                                         ; preds = %if.then
  %430 = bitcast i8* %426 to i64*, !dbg !68
  store i64 1, i64* %430, align 8, !dbg !68
  %431 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !68
  %432 = icmp ugt i64 %431, 65536, !dbg !68
  %433 = select i1 %432, i64 2, i64 1, !dbg !68
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %426, i64 %433) #0, !dbg !68
  br label %if.done, !dbg !68

rec.lost:                                         ; preds = %if.then
  %434 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !68
  %.not267 = icmp eq i8* %434, null, !dbg !68
  br i1 %.not267, label %if.done, label %stat.inc, !dbg !68

stat.inc:                                         ; preds = %rec.lost
  %435 = bitcast i8* %434 to i64*, !dbg !68
  %436 = load i64, i64* %435, align 8, !dbg !68
  %437 = add i64 %436, 1, !dbg !68
  store i64 %437, i64* %435, align 8, !dbg !68
  br label %if.done, !dbg !68

if.then177:                                       ; preds = %if.done
  %438 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 8, i64 0) #0, !dbg !71
  %.not264 = icmp eq i8* %438, null, !dbg !71
  br i1 %.not264, label %rec.lost180, label %rec.fill179, !dbg !71

rec.fill179:                                      ; preds = %if.then177
  %439 = bitcast i8* %438 to i64*, !dbg !71
  store i64 8589934593, i64* %439, align 8, !dbg !71
  %440 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !71
  %441 = icmp ugt i64 %440, 65536, !dbg !71
  %442 = select i1 %441, i64 2, i64 1, !dbg !71
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %438, i64 %442) #0, !dbg !71
  br label %return, !dbg !71

rec.lost180:                                      ; preds = %if.then177
  %443 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !71
  %.not265 = icmp eq i8* %443, null, !dbg !71
  br i1 %.not265, label %return, label %stat.inc182, !dbg !71

stat.inc182:                                      ; preds = %rec.lost180
  %444 = bitcast i8* %443 to i64*, !dbg !71
  %445 = load i64, i64* %444, align 8, !dbg !71
  %446 = add i64 %445, 1, !dbg !71
  store i64 %446, i64* %444, align 8, !dbg !71
  br label %return, !dbg !71
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

; Function Attrs: argmemonly nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #2

; Function Attrs: argmemonly nofree nounwind willreturn
declare void @llvm.memcpy.p0i8.p0i8.i64(i8* noalias nocapture writeonly, i8* noalias nocapture readonly, i64, i1 immarg) #3

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #2 = { argmemonly nofree nounwind willreturn writeonly }
attributes #3 = { argmemonly nofree nounwind willreturn }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!54, !55}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !2, file: !3, type: !42, isLocal: false, isDefinition: true, align: 64)
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false)
!3 = !DIFile(filename: "strings_compare.tp", directory: ".")
!4 = !{!0, !5, !26, !33}
!5 = !DIGlobalVariableExpression(var: !6, expr: !DIExpression())
!6 = distinct !DIGlobalVariable(name: "tp_stats", linkageName: "tp_stats", scope: !2, file: !3, type: !7, isLocal: false, isDefinition: true, align: 64)
!7 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !8)
!8 = !{!9, !15, !20, !22}
!9 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !10, size: 64, align: 64)
!10 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !11, size: 64, align: 64, dwarfAddressSpace: 0)
!11 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 192, align: 32, elements: !13)
!12 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!13 = !{!14}
!14 = !DISubrange(count: 6, lowerBound: 0)
!15 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !16, size: 64, align: 64, offset: 64)
!16 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !17, size: 64, align: 64, dwarfAddressSpace: 0)
!17 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 32, align: 32, elements: !18)
!18 = !{!19}
!19 = !DISubrange(count: 1, lowerBound: 0)
!20 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !21, size: 64, align: 64, offset: 128)
!21 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !12, size: 64, align: 64, dwarfAddressSpace: 0)
!22 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !23, size: 64, align: 64, offset: 192)
!23 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !24, size: 64, align: 64, dwarfAddressSpace: 0)
!24 = !DICompositeType(tag: DW_TAG_array_type, baseType: !25, size: 64, align: 64, elements: !18)
!25 = !DIBasicType(name: "unsigned long long", size: 64, encoding: DW_ATE_unsigned)
!26 = !DIGlobalVariableExpression(var: !27, expr: !DIExpression())
!27 = distinct !DIGlobalVariable(name: "tp_ro", linkageName: "tp_ro", scope: !2, file: !3, type: !28, isLocal: false, isDefinition: true, align: 64)
!28 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !29)
!29 = !DICompositeType(tag: DW_TAG_array_type, baseType: !30, size: 320, align: 8, elements: !31)
!30 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!31 = !{!32}
!32 = !DISubrange(count: 40, lowerBound: 0)
!33 = !DIGlobalVariableExpression(var: !34, expr: !DIExpression())
!34 = distinct !DIGlobalVariable(name: "tp_scratch", linkageName: "tp_scratch", scope: !2, file: !3, type: !35, isLocal: false, isDefinition: true, align: 64)
!35 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !36)
!36 = !{!9, !15, !20, !37}
!37 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !38, size: 64, align: 64, offset: 192)
!38 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !39, size: 64, align: 64, dwarfAddressSpace: 0)
!39 = !DICompositeType(tag: DW_TAG_array_type, baseType: !30, size: 1408, align: 8, elements: !40)
!40 = !{!41}
!41 = !DISubrange(count: 176, lowerBound: 0)
!42 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 128, align: 64, elements: !43)
!43 = !{!44, !49}
!44 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !45, size: 64, align: 64)
!45 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !46, size: 64, align: 64, dwarfAddressSpace: 0)
!46 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 864, align: 32, elements: !47)
!47 = !{!48}
!48 = !DISubrange(count: 27, lowerBound: 0)
!49 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !50, size: 64, align: 64, offset: 64)
!50 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !51, size: 64, align: 64, dwarfAddressSpace: 0)
!51 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 8388608, align: 32, elements: !52)
!52 = !{!53}
!53 = !DISubrange(count: 262144, lowerBound: 0)
!54 = !{i32 2, !"Debug Info Version", i32 3}
!55 = !{i32 2, !"Dwarf Version", i32 4}
!56 = distinct !DISubprogram(name: "tp0_sched_switch", linkageName: "tp0_sched_switch", scope: !3, file: !3, line: 2, type: !57, scopeLine: 2, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !60)
!57 = !DISubroutineType(types: !58)
!58 = !{!12, !59}
!59 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!60 = !{!61}
!61 = !DILocalVariable(name: "ctx", arg: 1, scope: !56, file: !3, line: 2, type: !59)
!62 = !DILocation(line: 2, scope: !56)
!63 = !DILocation(line: 2, column: 1, scope: !56)
!64 = !DILocation(line: 3, column: 2, scope: !56)
!65 = !DILocation(line: 5, column: 2, scope: !56)
!66 = !DILocation(line: 6, column: 2, scope: !56)
!67 = !DILocation(line: 7, column: 2, scope: !56)
!68 = !DILocation(line: 8, column: 3, scope: !56)
!69 = !DILocation(line: 10, column: 2, scope: !56)
!70 = !DILocation(line: 13, column: 2, scope: !56)
!71 = !DILocation(line: 14, column: 3, scope: !56)
