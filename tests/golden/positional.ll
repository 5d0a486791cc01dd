; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5
@m_c = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !28
@m_m = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !34
@tp_ro = constant [128 x i8] zeroinitializer, section ".rodata", align 8, !dbg !52

; Function Attrs: nounwind
define i32 @begin0(i8* %ctx) #0 section "raw_tp" !dbg !73 {
entry:
  %tmp6 = alloca [1 x i64], align 8, !dbg !79
  %tmp = alloca [1 x i64], align 8, !dbg !79
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !78, metadata !DIExpression()), !dbg !79
  %zero = alloca i32, align 4, !dbg !80
  store i32 0, i32* %zero, align 4, !dbg !80
  %0 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([128 x i8], [128 x i8]* @tp_ro, i64 0, i64 40) to i64*), align 8, !dbg !81
  %1 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([128 x i8], [128 x i8]* @tp_ro, i64 0, i64 48) to i64*), align 8, !dbg !81
  %2 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([128 x i8], [128 x i8]* @tp_ro, i64 0, i64 32) to i64*), align 8, !dbg !81
  %3 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 112, i64 0) #0, !dbg !81
  %.not = icmp eq i8* %3, null, !dbg !81
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !81

return:                                           ; preds = %rec.lost10, %stat.inc12, %rec.fill9, %map.stored
  ret i32 0, !dbg !80

rec.fill:                                         ; preds = %entry
  %4 = bitcast i8* %3 to i64*, !dbg !81
  store i64 1, i64* %4, align 8, !dbg !81
  %5 = getelementptr i8, i8* %3, i64 8, !dbg !81
  %6 = bitcast i8* %5 to i64*, !dbg !81
  store i64 42, i64* %6, align 8, !dbg !81
  %7 = getelementptr i8, i8* %3, i64 16, !dbg !81
  %8 = bitcast i8* %7 to i64*, !dbg !81
  store i64 %0, i64* %8, align 8, !dbg !81
  %9 = getelementptr i8, i8* %3, i64 24, !dbg !81
  %10 = bitcast i8* %9 to i64*, !dbg !81
  store i64 %1, i64* %10, align 8, !dbg !81
  %11 = getelementptr i8, i8* %3, i64 32, !dbg !81
  %12 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([128 x i8], [128 x i8]* @tp_ro, i64 0, i64 56) to i64*), align 8, !dbg !81
  %13 = bitcast i8* %11 to i64*, !dbg !81
  store i64 %12, i64* %13, align 8, !dbg !81
  %14 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([128 x i8], [128 x i8]* @tp_ro, i64 0, i64 64) to i64*), align 8, !dbg !81
  %15 = getelementptr i8, i8* %3, i64 40, !dbg !81
  %16 = bitcast i8* %15 to i64*, !dbg !81
  store i64 %14, i64* %16, align 8, !dbg !81
  %17 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([128 x i8], [128 x i8]* @tp_ro, i64 0, i64 72) to i64*), align 8, !dbg !81
  %18 = getelementptr i8, i8* %3, i64 48, !dbg !81
  %19 = bitcast i8* %18 to i64*, !dbg !81
  store i64 %17, i64* %19, align 8, !dbg !81
  %20 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([128 x i8], [128 x i8]* @tp_ro, i64 0, i64 80) to i64*), align 8, !dbg !81
  %21 = getelementptr i8, i8* %3, i64 56, !dbg !81
  %22 = bitcast i8* %21 to i64*, !dbg !81
  store i64 %20, i64* %22, align 8, !dbg !81
  %23 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([128 x i8], [128 x i8]* @tp_ro, i64 0, i64 88) to i64*), align 8, !dbg !81
  %24 = getelementptr i8, i8* %3, i64 64, !dbg !81
  %25 = bitcast i8* %24 to i64*, !dbg !81
  store i64 %23, i64* %25, align 8, !dbg !81
  %26 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([128 x i8], [128 x i8]* @tp_ro, i64 0, i64 96) to i64*), align 8, !dbg !81
  %27 = getelementptr i8, i8* %3, i64 72, !dbg !81
  %28 = bitcast i8* %27 to i64*, !dbg !81
  store i64 %26, i64* %28, align 8, !dbg !81
  %29 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([128 x i8], [128 x i8]* @tp_ro, i64 0, i64 104) to i64*), align 8, !dbg !81
  %30 = getelementptr i8, i8* %3, i64 80, !dbg !81
  %31 = bitcast i8* %30 to i64*, !dbg !81
  store i64 %29, i64* %31, align 8, !dbg !81
  %32 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([128 x i8], [128 x i8]* @tp_ro, i64 0, i64 112) to i64*), align 8, !dbg !81
  %33 = getelementptr i8, i8* %3, i64 88, !dbg !81
  %34 = bitcast i8* %33 to i64*, !dbg !81
  store i64 %32, i64* %34, align 8, !dbg !81
  %35 = getelementptr i8, i8* %3, i64 95, !dbg !81
  store i8 0, i8* %35, align 1, !dbg !81
  %36 = getelementptr i8, i8* %3, i64 96, !dbg !81
  %37 = bitcast i8* %36 to i64*, !dbg !81
  store i64 0, i64* %37, align 8, !dbg !81
  %38 = getelementptr i8, i8* %3, i64 104, !dbg !81
  %39 = bitcast i8* %38 to i64*, !dbg !81
  store i64 %2, i64* %39, align 8, !dbg !81
  %40 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !81
  %41 = icmp ugt i64 %40, 65536, !dbg !81
  %42 = select i1 %41, i64 2, i64 1, !dbg !81
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %3, i64 %42) #0, !dbg !81
  br label %rec.done, !dbg !81

rec.lost:                                         ; preds = %entry
  %43 = bitcast i32* %zero to i8*, !dbg !81
  %44 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %43) #0, !dbg !81
  %.not14 = icmp eq i8* %44, null, !dbg !81
  br i1 %.not14, label %rec.done, label %stat.inc, !dbg !81

rec.done:                                         ; preds = %rec.lost, %stat.inc, %rec.fill
  %45 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 136, i64 0) #0, !dbg !82
  %.not15 = icmp eq i8* %45, null, !dbg !82
  br i1 %.not15, label %rec.lost2, label %rec.fill1, !dbg !82

stat.inc:                                         ; preds = %rec.lost
  %46 = bitcast i8* %44 to i64*, !dbg !81
  %47 = load i64, i64* %46, align 8, !dbg !81
  %48 = add i64 %47, 1, !dbg !81
  store i64 %48, i64* %46, align 8, !dbg !81
  br label %rec.done, !dbg !81

rec.fill1:                                        ; preds = %rec.done
  %49 = bitcast i8* %45 to i64*, !dbg !82
  store i64 4294967297, i64* %49, align 8, !dbg !82
  %50 = getelementptr i8, i8* %45, i64 8, !dbg !82
  store i8 52, i8* %50, align 1, !dbg !82
  %51 = getelementptr i8, i8* %45, i64 9, !dbg !82
  store i8 50, i8* %51, align 1, !dbg !82
  %52 = getelementptr i8, i8* %45, i64 10, !dbg !82
  store i8 0, i8* %52, align 1, !dbg !82
  %53 = getelementptr i8, i8* %45, i64 72, !dbg !82
  store i8 0, i8* %53, align 1, !dbg !82
  %54 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !82
  %55 = icmp ugt i64 %54, 65536, !dbg !82
  %56 = select i1 %55, i64 2, i64 1, !dbg !82
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %45, i64 %56) #0, !dbg !82
  br label %rec.done3, !dbg !82

rec.lost2:                                        ; preds = %rec.done
  %57 = bitcast i32* %zero to i8*, !dbg !82
  %58 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %57) #0, !dbg !82
  %.not16 = icmp eq i8* %58, null, !dbg !82
  br i1 %.not16, label %rec.done3, label %stat.inc4, !dbg !82

rec.done3:                                        ; preds = %rec.lost2, %stat.inc4, %rec.fill1
  %59 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([128 x i8], [128 x i8]* @tp_ro, i64 0, i64 40) to i64*), align 8, !dbg !83
  %60 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([128 x i8], [128 x i8]* @tp_ro, i64 0, i64 48) to i64*), align 8, !dbg !83
  %61 = add i64 %59, %60, !dbg !83
  %62 = bitcast [1 x i64]* %tmp to i8*, !dbg !83
  %63 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp, i64 0, i64 0, !dbg !83
  store i64 %61, i64* %63, align 8, !dbg !83
  %64 = bitcast [1 x i64]* %tmp6 to i8*, !dbg !83
  %65 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp6, i64 0, i64 0, !dbg !83
  store i64 42, i64* %65, align 8, !dbg !83
  %66 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_m to i8*), i8* nonnull %64, i8* nonnull %62, i64 0) #0, !dbg !83
  %67 = icmp slt i64 %66, 0, !dbg !83
  br i1 %67, label %map.full, label %map.stored, !dbg !83

stat.inc4:                                        ; preds = %rec.lost2
  %68 = bitcast i8* %58 to i64*, !dbg !82
  %69 = load i64, i64* %68, align 8, !dbg !82
  %70 = add i64 %69, 1, !dbg !82
  store i64 %70, i64* %68, align 8, !dbg !82
  br label %rec.done3, !dbg !82

map.full:                                         ; preds = %rec.done3
  %71 = bitcast i32* %zero to i8*, !dbg !83
  %72 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %71) #0, !dbg !83
  %.not19 = icmp eq i8* %72, null, !dbg !83
  br i1 %.not19, label %map.stored, label %stat.inc7, !dbg !83

map.stored:                                       ; preds = %map.full, %stat.inc7, %rec.done3
  %73 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([128 x i8], [128 x i8]* @tp_ro, i64 0, i64 32) to i64*), align 8, !dbg !84
  %74 = icmp sgt i64 %73, 3, !dbg !84
  br i1 %74, label %if.then, label %return, !dbg !84

stat.inc7:                                        ; preds = %map.full
  %75 = getelementptr i8, i8* %72, i64 16, !dbg !83
  %76 = bitcast i8* %75 to i64*, !dbg !83
  %77 = load i64, i64* %76, align 8, !dbg !83
  %78 = add i64 %77, 1, !dbg !83
  store i64 %78, i64* %76, align 8, !dbg !83
  br label %map.stored, !dbg !83

if.then:                                          ; preds = %map.stored
  %79 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 8, i64 0) #0, !dbg !85
  %.not17 = icmp eq i8* %79, null, !dbg !85
  br i1 %.not17, label %rec.lost10, label %rec.fill9, !dbg !85

rec.fill9:                                        ; preds = %if.then
  %80 = bitcast i8* %79 to i64*, !dbg !85
  store i64 8589934595, i64* %80, align 8, !dbg !85
  %81 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !85
  %82 = icmp ugt i64 %81, 65536, !dbg !85
  %83 = select i1 %82, i64 2, i64 1, !dbg !85
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %79, i64 %83) #0, !dbg !85
  br label %return, !dbg !85

rec.lost10:                                       ; preds = %if.then
  %84 = bitcast i32* %zero to i8*, !dbg !85
  %85 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %84) #0, !dbg !85
  %.not18 = icmp eq i8* %85, null, !dbg !85
  br i1 %.not18, label %return, label %stat.inc12, !dbg !85

stat.inc12:                                       ; preds = %rec.lost10
  %86 = bitcast i8* %85 to i64*, !dbg !85
  %87 = load i64, i64* %86, align 8, !dbg !85
  %88 = add i64 %87, 1, !dbg !85
  store i64 %88, i64* %86, align 8, !dbg !85
  br label %return, !dbg !85
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

; Function Attrs: nounwind
define i32 @tp1_sys_enter_openat(i8* %ctx) #0 section "tracepoint/syscalls/sys_enter_openat" !dbg !86 {
entry:
  %tmp = alloca [1 x i64], align 8, !dbg !89
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !88, metadata !DIExpression()), !dbg !89
  %0 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([128 x i8], [128 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !90
  %1 = icmp eq i64 %0, 0, !dbg !90
  br i1 %1, label %pid.match, label %pid.filter, !dbg !90

return:                                           ; preds = %pred.true, %agg.have, %pid.match, %pid.filter
  ret i32 0, !dbg !90

pid.filter:                                       ; preds = %entry
  %2 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !90
  %3 = lshr i64 %2, 32, !dbg !90
  %4 = icmp eq i64 %3, %0, !dbg !90
  br i1 %4, label %pid.match, label %return, !dbg !90

pid.match:                                        ; preds = %pid.filter, %entry
  %5 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !91
  %pid.mask = and i64 %5, -4294967296, !dbg !91
  %6 = icmp eq i64 %pid.mask, 180388626432, !dbg !91
  br i1 %6, label %pred.true, label %return, !dbg !91

pred.true:                                        ; preds = %pid.match
  %7 = bitcast [1 x i64]* %tmp to i8*, !dbg !92
  %8 = bitcast [1 x i64]* %tmp to i32*, !dbg !92
  store i32 0, i32* %8, align 8, !dbg !92
  %9 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_c to i8*), i8* nonnull %7) #0, !dbg !92
  %.not = icmp eq i8* %9, null, !dbg !92
  br i1 %.not, label %return, label %agg.have, !dbg !92

agg.have:                                         ; preds = %pred.true
  %10 = bitcast i8* %9 to i64*, !dbg !92
  %11 = load i64, i64* %10, align 8, !dbg !92
  %12 = add i64 %11, 1, !dbg !92
  store i64 %12, i64* %10, align 8, !dbg !92
  br label %return, !dbg !92
}

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!71, !72}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !2, file: !3, type: !59, isLocal: false, isDefinition: true, align: 64)
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false)
!3 = !DIFile(filename: "positional.tp", directory: ".")
!4 = !{!0, !5, !28, !34, !52}
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
!24 = !DICompositeType(tag: DW_TAG_array_type, baseType: !25, size: 192, align: 64, elements: !26)
!25 = !DIBasicType(name: "unsigned long long", size: 64, encoding: DW_ATE_unsigned)
!26 = !{!27}
!27 = !DISubrange(count: 3, lowerBound: 0)
!28 = !DIGlobalVariableExpression(var: !29, expr: !DIExpression())
!29 = distinct !DIGlobalVariable(name: "m_c", linkageName: "m_c", scope: !2, file: !3, type: !30, isLocal: false, isDefinition: true, align: 64)
!30 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !31)
!31 = !{!9, !15, !20, !32}
!32 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !33, size: 64, align: 64, offset: 192)
!33 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !25, size: 64, align: 64, dwarfAddressSpace: 0)
!34 = !DIGlobalVariableExpression(var: !35, expr: !DIExpression())
!35 = distinct !DIGlobalVariable(name: "m_m", linkageName: "m_m", scope: !2, file: !3, type: !36, isLocal: false, isDefinition: true, align: 64)
!36 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !37)
!37 = !{!38, !39, !44, !50}
!38 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !16, size: 64, align: 64)
!39 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !40, size: 64, align: 64, offset: 64)
!40 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !41, size: 64, align: 64, dwarfAddressSpace: 0)
!41 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 131072, align: 32, elements: !42)
!42 = !{!43}
!43 = !DISubrange(count: 4096, lowerBound: 0)
!44 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !45, size: 64, align: 64, offset: 128)
!45 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !46, size: 64, align: 64, dwarfAddressSpace: 0)
!46 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 64, align: 64, elements: !47)
!47 = !{!48}
!48 = !DIDerivedType(tag: DW_TAG_member, name: "k0", scope: !3, file: !3, baseType: !49, size: 64, align: 8)
!49 = !DIBasicType(name: "long long", size: 64, encoding: DW_ATE_signed)
!50 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !51, size: 64, align: 64, offset: 192)
!51 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !49, size: 64, align: 64, dwarfAddressSpace: 0)
!52 = !DIGlobalVariableExpression(var: !53, expr: !DIExpression())
!53 = distinct !DIGlobalVariable(name: "tp_ro", linkageName: "tp_ro", scope: !2, file: !3, type: !54, isLocal: false, isDefinition: true, align: 64)
!54 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !55)
!55 = !DICompositeType(tag: DW_TAG_array_type, baseType: !56, size: 1024, align: 8, elements: !57)
!56 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!57 = !{!58}
!58 = !DISubrange(count: 128, lowerBound: 0)
!59 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 128, align: 64, elements: !60)
!60 = !{!61, !66}
!61 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !62, size: 64, align: 64)
!62 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !63, size: 64, align: 64, dwarfAddressSpace: 0)
!63 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 864, align: 32, elements: !64)
!64 = !{!65}
!65 = !DISubrange(count: 27, lowerBound: 0)
!66 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !67, size: 64, align: 64, offset: 64)
!67 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !68, size: 64, align: 64, dwarfAddressSpace: 0)
!68 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 8388608, align: 32, elements: !69)
!69 = !{!70}
!70 = !DISubrange(count: 262144, lowerBound: 0)
!71 = !{i32 2, !"Debug Info Version", i32 3}
!72 = !{i32 2, !"Dwarf Version", i32 4}
!73 = distinct !DISubprogram(name: "begin0", linkageName: "begin0", scope: !3, file: !3, line: 4, type: !74, scopeLine: 4, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !77)
!74 = !DISubroutineType(types: !75)
!75 = !{!12, !76}
!76 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!77 = !{!78}
!78 = !DILocalVariable(name: "ctx", arg: 1, scope: !73, file: !3, line: 4, type: !76)
!79 = !DILocation(line: 4, scope: !73)
!80 = !DILocation(line: 4, column: 1, scope: !73)
!81 = !DILocation(line: 5, column: 2, scope: !73)
!82 = !DILocation(line: 6, column: 2, scope: !73)
!83 = !DILocation(line: 7, column: 2, scope: !73)
!84 = !DILocation(line: 8, column: 2, scope: !73)
!85 = !DILocation(line: 9, column: 3, scope: !73)
!86 = distinct !DISubprogram(name: "tp1_sys_enter_openat", linkageName: "tp1_sys_enter_openat", scope: !3, file: !3, line: 12, type: !74, scopeLine: 12, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !87)
!87 = !{!88}
!88 = !DILocalVariable(name: "ctx", arg: 1, scope: !86, file: !3, line: 12, type: !76)
!89 = !DILocation(line: 12, scope: !86)
!90 = !DILocation(line: 12, column: 1, scope: !86)
!91 = !DILocation(line: 12, column: 39, scope: !86)
!92 = !DILocation(line: 12, column: 52, scope: !86)
